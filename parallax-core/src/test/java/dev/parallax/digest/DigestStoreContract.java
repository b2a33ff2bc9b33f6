package dev.parallax.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.TestArticles;
import dev.parallax.brief.Brief;
import dev.parallax.brief.Briefer;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.store.ArticleStore;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the digest store must do on every database; it shares the database with the article store. */
abstract class DigestStoreContract {

  ArticleStore articles;
  DigestStore digests;

  /** Opens a fresh database: its article store and its digest store. */
  abstract void open() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    open();
  }

  @AfterEach
  void tearDown() throws Exception {
    digests.close();
    articles.close();
  }

  private static Brief brief(String lavrovSpelling, String quote) {
    return new Brief("Talks in Riyadh", List.of(new Brief.Sourced("They met.", List.of("a1", "a2"))), List.of(),
        List.of(new Brief.Quote(lavrovSpelling, quote, List.of("a1")), new Brief.Quote("One diplomat", "No comment.", List.of("a2"))),
        List.of(new Brief.Entity(lavrovSpelling, "PERSON", List.of("Lavrov"), List.of("a1", "a2")),
            new Brief.Entity("Riyadh", "PLACE", List.of("Riyad"), List.of("a1")),
            new Brief.Entity("Cold War", "OTHER", List.of(), List.of("a1", "a2"))),
        List.of(), List.of(new Brief.TimelineEntry("a1", Instant.parse("2025-02-18T10:00:00Z"), "report")), List.of("a note"));
  }

  private Story story(String id, String... articleIds) throws Exception {
    List<Story.Member> members = new ArrayList<>();
    for (String a : articleIds) {
      articles.put(TestArticles.article(a, "Outlet " + a, "Text of " + a + " in story " + id + "."));
      members.add(new Story.Member(a, null));
    }
    Story s = new Story(id, "Story " + id, members, null, null);
    articles.saveStory(s);
    return s;
  }

  @Test
  void keepsABriefWholeAndIndexesItsEntitiesAndQuotes() throws Exception {
    Story s = story("s1", "a1", "a2");
    Brief b = brief("Sergei Lavrov", "We are ready.");
    digests.save("s1", new Digest(Digests.signature(s), Instant.parse("2025-02-19T00:00:00Z"), b));

    assertThat(digests.digest("s1").orElseThrow().brief()).isEqualTo(b);
    assertThat(digests.storiesOf(EntityKey.of("Sergei Lavrov"), 10)).containsExactly(new DigestStore.EntityStory("s1", "Sergei Lavrov", "PERSON", 2));
    assertThat(digests.quotesOf(EntityKey.of("Sergei Lavrov"), 10)).extracting(DigestStore.EntityQuote::text).containsExactly("We are ready.");
    assertThat(digests.topEntities(10)).extracting(DigestStore.EntitySummary::name).containsExactly("Sergei Lavrov", "Riyadh");
  }

  @Test
  void listsTheSignatureOfEveryStoredBriefForACheck() throws Exception {
    Story s1 = story("s1", "a1", "a2");
    digests.save("s1", new Digest(Digests.signature(s1), Instant.EPOCH, brief("Sergei Lavrov", "We are ready.")));
    digests.save("s2", new Digest("old", Instant.EPOCH, brief("Marco Rubio", "We listened.")));

    assertThat(digests.signatures()).containsOnly(
        java.util.Map.entry("s1", Digests.signature(List.of("a1", "a2"))), java.util.Map.entry("s2", "old"));
  }

  @Test
  void keepsARealBriefOfTheSeedsWhole() throws Exception {
    List<Article> seeds = TestArticles.extracted(List.of(TestArticles.fixtures().resolve("seeds")));
    Story s = new Story("seeds", null, seeds.stream().map(a -> new Story.Member(a.id(), null)).toList(), null, null);
    Brief b = new dev.parallax.brief.ExtractiveBriefer().brief(s, seeds);
    digests.save("seeds", new Digest("sig", Instant.EPOCH, b));
    assertThat(digests.digest("seeds")).map(Digest::brief).contains(b);
  }

  @Test
  void followsOneEntityAcrossStoriesThroughItsSpellingsAndForgetsStoriesMergedAway() throws Exception {
    Story s1 = story("s1", "a1", "a2");
    Story s2 = story("s2", "a3");
    digests.save("s1", new Digest(Digests.signature(s1), Instant.EPOCH, brief("Sergei Lavrov", "We are ready.")));
    digests.save("s2", new Digest(Digests.signature(s2), Instant.EPOCH, brief("Sergey Lavrov", "Not yet.")));

    assertThat(digests.storiesOf(EntityKey.of("Sergey Lavrov"), 10)).extracting(DigestStore.EntityStory::storyId).containsExactlyInAnyOrder("s1", "s2");
    assertThat(digests.quotesOf(EntityKey.of(EntityKey.slug("Sergei Lavrov")), 10)) // a link's slug finds the key
        .extracting(DigestStore.EntityQuote::text).containsExactlyInAnyOrder("We are ready.", "Not yet.");

    articles.deleteStory("s2");
    assertThat(digests.storiesOf(EntityKey.of("Sergei Lavrov"), 10)).extracting(DigestStore.EntityStory::storyId).containsExactly("s1");
  }

  @Test
  void aNewBriefReplacesTheOldOneAndItsIndexRows() throws Exception {
    Story s = story("s1", "a1", "a2");
    digests.save("s1", new Digest(Digests.signature(s), Instant.EPOCH, brief("Sergei Lavrov", "We are ready.")));
    digests.save("s1", new Digest(Digests.signature(s), Instant.EPOCH, brief("Marco Rubio", "We listened.")));

    assertThat(digests.storiesOf(EntityKey.of("Sergei Lavrov"), 10)).isEmpty();
    assertThat(digests.quotesOf(EntityKey.of("Marco Rubio"), 10)).extracting(DigestStore.EntityQuote::text).containsExactly("We listened.");
  }

  @Test
  void servesTheStoredBriefUntilTheStoryChanges() throws Exception {
    AtomicInteger built = new AtomicInteger();
    Briefer counting = (story, list) -> {
      built.incrementAndGet();
      return brief("Sergei Lavrov", "Built for " + list.size());
    };
    Digests d = new Digests(digests, counting, InstantSource.system());
    Story s = story("s1", "a1", "a2");
    List<Article> two = articles.articles(s.articleIds());

    assertThat(d.brief(s, two).quotes().getFirst().text()).isEqualTo("Built for 2");
    assertThat(d.brief(s, two).quotes().getFirst().text()).isEqualTo("Built for 2");
    assertThat(built).hasValue(1);

    Story grown = story("s1", "a1", "a2", "a3");
    assertThat(d.current(grown)).isEmpty();
    assertThat(d.refresh(List.of("s1", "gone"), articles, n -> {})).isEqualTo(1);
    assertThat(d.current(grown).orElseThrow().quotes().getFirst().text()).isEqualTo("Built for 3");
    assertThat(built).hasValue(2);
  }

  @Test
  void remembersABriefThatFailedAndGoesOnWithTheOtherStories() throws Exception {
    AtomicInteger built = new AtomicInteger();
    Briefer failingOnS1 = (story, list) -> {
      built.incrementAndGet();
      if (story.id().equals("s1")) throw new OutOfMemoryError("Java heap space (thrown by the test)");
      return brief("Sergei Lavrov", "Built for " + story.id());
    };
    MutableClock clock = new MutableClock(Instant.parse("2025-02-19T00:00:00Z"));
    Digests d = new Digests(digests, failingOnS1, clock);
    Story s1 = story("s1", "a1", "a2");
    story("s2", "b1");
    List<BriefException.Failure> failed = new ArrayList<>();

    assertThat(d.refresh(List.of("s1", "s2"), articles, n -> {}, failed::add)).isEqualTo(1);

    assertThat(failed).singleElement().satisfies(f -> {
      assertThat(f.storyId()).isEqualTo("s1");
      assertThat(f.reason()).contains("OutOfMemoryError");
    });
    assertThat(d.current(articles.story("s2").orElseThrow())).isPresent();
    assertThat(built).hasValue(2);
    // readers asking meanwhile are not made to wait for the same failure again
    List<Article> two = articles.articles(s1.articleIds());
    for (int i = 0; i < 3; i++)
      assertThatThrownBy(() -> d.brief(s1, two)).isInstanceOf(BriefException.class).hasMessageContaining("s1");
    assertThat(built).hasValue(2);
    assertThat(d.failures()).extracting(BriefException.Failure::storyId).containsExactly("s1");

    clock.advance(Digests.RETRY_AFTER);
    assertThatThrownBy(() -> d.brief(s1, two)).isInstanceOf(BriefException.class);
    assertThat(built).as("tried again once the failure is old").hasValue(3);
  }

  /** A clock the test moves by hand. */
  private static final class MutableClock implements InstantSource {
    private Instant now;

    MutableClock(Instant start) {
      now = start;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(java.time.Duration d) {
      now = now.plus(d);
    }
  }
}

package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.brief.Brief;
import dev.parallax.brief.Briefer;
import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.domain.Story;
import dev.parallax.ingest.Articles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader never waits for the brief of a story that grew: the earlier one is shown while the new one is made. */
class StoryBriefsTest {

  @TempDir Path dir;

  @Test
  void showsTheEarlierBriefOfAStoryThatGrewAndBriefsItAgainInTheBackground() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger built = new AtomicInteger();
    Briefer slowAfterTheFirst = (story, articles) -> {
      if (built.incrementAndGet() > 1) {
        try {
          release.await(30, TimeUnit.SECONDS); // a brief that takes long
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return new Brief("Brief of " + articles.size(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    };
    try (Parallax parallax = Parallax.open(Config.embedded(dir), InstantSource.system(), slowAfterTheFirst);
        StoryBriefs briefs = new StoryBriefs(parallax, InstantSource.system())) {
      parallax.store().put(article("a1", "One", "First report of the talks in Riyadh."));
      parallax.store().put(article("a2", "Two", "Second report of the talks in Riyadh."));
      Story one = new Story("s1", "Talks", List.of(new Story.Member("a1", null)), null, null);
      parallax.store().saveStory(one);
      assertThat(briefs.brief(one, parallax.articlesOf(one)).brief().headline()).isEqualTo("Brief of 1");

      Story grown = new Story("s1", "Talks", List.of(new Story.Member("a1", null), new Story.Member("a2", null)), null, null);
      parallax.store().saveStory(grown);
      long t0 = System.nanoTime();
      StoryBriefs.Shown shown = briefs.brief(grown, parallax.articlesOf(grown));

      assertThat(shown.brief().headline()).as("the earlier brief, at once").isEqualTo("Brief of 1");
      assertThat(shown.recheckAt()).isNotNull();
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("not waiting for the slow brief").isLessThan(Duration.ofSeconds(20));
      release.countDown();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (parallax.digests().current(grown).isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
      assertThat(parallax.digests().current(grown)).as("made in the background").hasValueSatisfying(b -> assertThat(b.headline()).isEqualTo("Brief of 2"));
      assertThat(briefs.brief(grown, parallax.articlesOf(grown))).satisfies(s -> {
        assertThat(s.brief().headline()).isEqualTo("Brief of 2");
        assertThat(s.recheckAt()).isNull();
      });
    }
  }

  private static Article article(String id, String outlet, String text) {
    return new Article(id, Outlet.named(outlet), null, null, "Title " + id, null, null, null, "en", List.of(text), null, null,
        Articles.contentHash(text));
  }
}

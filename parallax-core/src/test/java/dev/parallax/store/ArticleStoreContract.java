package dev.parallax.store;

import static dev.parallax.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ArticleStore} must do; each implementation's test opens one. */
abstract class ArticleStoreContract {

  ArticleStore store;

  abstract ArticleStore open() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    store = open();
  }

  @AfterEach
  void tearDown() throws Exception {
    store.close();
  }

  @Test
  void storesAnArticleAndReadsItBackWhole() throws Exception {
    Article a = article("a1", "The Times", "First paragraph.", "Second paragraph.");

    assertThat(store.put(a)).isEqualTo(new ArticleStore.PutResult.Added("a1"));

    Article back = store.article("a1").orElseThrow();
    assertThat(back).isEqualTo(a);
    assertThat(store.articleByHash(a.contentHash())).contains(a);
    assertThat(store.articleCount()).isEqualTo(1);
  }

  @Test
  void readsManyArticlesAtOnceInTheOrderAsked() throws Exception {
    for (int i = 0; i < 600; i++) store.put(article("a" + i, "X", "Text number " + i + "."));

    List<String> ids = new java.util.ArrayList<>();
    for (int i = 599; i >= 0; i -= 2) ids.add("a" + i);
    ids.add(2, "missing");

    assertThat(store.articles(ids)).extracting(Article::id).containsExactlyElementsOf(ids.stream().filter(id -> !id.equals("missing")).toList());
  }

  @Test
  void refusesASecondCopyOfTheSameContent() throws Exception {
    store.put(article("a1", "The Times", "Same words."));

    ArticleStore.PutResult again = store.put(article("other-id", "The Guardian", "Same words."));

    assertThat(again).isEqualTo(new ArticleStore.PutResult.Duplicate("a1"));
    assertThat(store.articles()).extracting(Article::id).containsExactly("a1");
  }

  @Test
  void givesDifferentContentUnderATakenIdAnotherId() throws Exception {
    store.put(article("a1", "The Times", "One text."));

    ArticleStore.PutResult second = store.put(article("a1", "The Times", "Another text."));

    assertThat(second).isInstanceOf(ArticleStore.PutResult.Added.class);
    assertThat(second.id()).isNotEqualTo("a1");
    assertThat(store.article(second.id()).orElseThrow().paragraphs()).containsExactly("Another text.");
  }

  @Test
  void listsArticlesInArrivalOrder() throws Exception {
    store.put(article("b", null, "B."));
    store.put(article("a", null, "A."));
    store.put(article("c", null, "C."));

    assertThat(store.articles()).extracting(Article::id).containsExactly("b", "a", "c");
    assertThat(store.articlesAfter(1, 10)).extracting(Article::id).containsExactly("a", "c");
    assertThat(store.latestArticleIds(2)).containsExactly("c", "a");
    assertThat(store.article("b").orElseThrow().outlet()).isNull();
  }

  @Test
  void keepsStoryMembershipAndMovesAnArticleBetweenStories() throws Exception {
    store.put(article("a1", "X", "One."));
    store.put(article("a2", "Y", "Two."));
    store.put(article("a3", "Z", "Three."));
    store.saveStory(new Story("s1", "First", List.of(new Story.Member("a1", null), new Story.Member("a2", "a1")), null, null));
    store.saveStory(new Story("s2", "Second", List.of(new Story.Member("a3", null)), null, null));

    assertThat(store.story("s1").orElseThrow().members())
        .containsExactly(new Story.Member("a1", null), new Story.Member("a2", "a1"));
    assertThat(store.storyOf("a2").orElseThrow().id()).isEqualTo("s1");

    store.saveStory(new Story("s2", "Second", List.of(new Story.Member("a3", null), new Story.Member("a2", null)), null, null));

    assertThat(store.story("s1").orElseThrow().articleIds()).containsExactly("a1");
    assertThat(store.storyOf("a2").orElseThrow().id()).isEqualTo("s2");

    store.deleteStory("s1");
    assertThat(store.story("s1")).isEmpty();
    assertThat(store.stories()).extracting(Story::id).containsExactly("s2");
  }

  @Test
  void keepsEmbeddingsByModelAndReadsManyAtOnce() throws Exception {
    float[] unit = new float[384];
    for (int i = 0; i < unit.length; i++) unit[i] = (float) Math.sin(i) / 13.9f;
    for (int i = 0; i < 600; i++) store.saveEmbedding("a" + i, "minilm/title+lead60", unit);
    store.saveEmbedding("a1", "other-model", new float[] {1, 0});
    float[] replaced = unit.clone();
    replaced[0] = -0.5f;
    store.saveEmbedding("a2", "minilm/title+lead60", replaced);

    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 600; i++) ids.add("a" + i);
    ids.add("missing");
    java.util.Map<String, float[]> back = store.embeddings(ids, "minilm/title+lead60");

    assertThat(back).hasSize(599).doesNotContainKey("missing").doesNotContainKey("a1");
    assertThat(back.get("a0")).hasSize(384).containsExactly(unit, org.assertj.core.data.Offset.offset(0.001f));
    assertThat(back.get("a2")[0]).isEqualTo(-0.5f);
    assertThat(store.embeddings(List.of("a1"), "other-model").get("a1")).containsExactly(1, 0);
    assertThat(store.embeddings(List.of(), "minilm/title+lead60")).isEmpty();
  }

  @Test
  void anArticleIsStoredPendingUntilSettledInArrivalOrder() throws Exception {
    for (String id : List.of("a1", "a2", "a3")) store.put(article(id, "X", "Text of " + id + "."));
    store.put(article("again", "X", "Text of a2.")); // a duplicate adds nothing pending

    assertThat(store.pendingCount()).isEqualTo(3);
    assertThat(store.pendingArticles(2)).extracting(Article::id).containsExactly("a1", "a2");

    store.settle(List.of("a1"));
    assertThat(store.pendingArticles(10)).extracting(Article::id).containsExactly("a2", "a3");

    store.saveStory(new Story("s1", "S", List.of(new Story.Member("a2", null), new Story.Member("a3", null)), null, null));
    store.settleStories(List.of("s1", "gone"));
    assertThat(store.pendingCount()).isZero();

    store.markPending(List.of("a3", "a1", "not-stored"));
    store.markPending(List.of("a1"));
    assertThat(store.pendingArticles(10)).extracting(Article::id).containsExactly("a1", "a3");
  }

  @Test
  void aMergeSavesTheStoryAndRemovesTheAbsorbedOnesInOneWrite() throws Exception {
    for (String id : List.of("a1", "a2", "a3")) store.put(article(id, "X", "Text of " + id + "."));
    store.saveStory(new Story("s1", "One", List.of(new Story.Member("a1", null)), null, null));
    store.saveStory(new Story("s2", "Two", List.of(new Story.Member("a2", null)), null, null));
    store.saveStory(new Story("s3", "Three", List.of(), null, null));

    store.saveMerged(
        new Story("s1", "One", List.of(new Story.Member("a1", null), new Story.Member("a2", null),
            new Story.Member("a3", "a1")), null, null),
        List.of("s1", "s2"));

    assertThat(store.story("s2")).isEmpty();
    assertThat(store.memberships()).containsOnlyKeys("s1", "s3");
    assertThat(store.memberships().get("s1")).containsExactly("a1", "a2", "a3");
    assertThat(store.memberships().get("s3")).isEmpty();
    assertThat(store.storyOf("a2").orElseThrow().id()).isEqualTo("s1");
  }
}

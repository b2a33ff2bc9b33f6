package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.domain.Story;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's read side for the web app: coverage rows without bodies, and editors' picks (V4). */
class EditorPicksAndCoverageTest {

  @TempDir Path dir;

  private static Article article(String id, String outlet) {
    return new Article(id, outlet == null ? null : Outlet.named(outlet), null, null, "Title " + id, null, null,
        Instant.parse("2025-02-18T10:00:00Z"), "en", List.of("Body " + id), List.of(), List.of(), "hash-" + id);
  }

  @Test
  void listsEveryArticleWithItsOutletAndStoryInArrivalOrder() throws Exception {
    try (JdbcArticleStore store = JdbcArticleStore.sqlite(dir, InstantSource.fixed(Instant.parse("2025-02-19T00:00:00Z")))) {
      store.put(article("a", "Reuters"));
      store.put(article("b", null));
      store.saveStory(new Story("s1", "t", List.of(new Story.Member("a", null)), null, null));
      List<ArticleStore.Coverage> rows = store.coverage();
      assertThat(rows).extracting(ArticleStore.Coverage::articleId).containsExactly("a", "b");
      assertThat(rows.get(0).storyId()).isEqualTo("s1");
      assertThat(rows.get(0).outletName()).isEqualTo("Reuters");
      assertThat(rows.get(0).published()).isEqualTo(Instant.parse("2025-02-18T10:00:00Z"));
      assertThat(rows.get(1).storyId()).isNull();
      assertThat(rows.get(1).outletId()).isNull();
    }
  }

  @Test
  void picksAreKeptAcrossReopeningAndCanBeRemoved() throws Exception {
    InstantSource clock = InstantSource.fixed(Instant.parse("2025-02-19T00:00:00Z"));
    try (JdbcArticleStore store = JdbcArticleStore.sqlite(dir, clock)) {
      store.pick("s1", "first note");
      store.pick("s1", "second note");
      store.pick("s2", null);
    }
    try (JdbcArticleStore store = JdbcArticleStore.sqlite(dir, clock)) {
      assertThat(store.picks()).extracting(ArticleStore.Pick::storyId).containsExactlyInAnyOrder("s1", "s2");
      assertThat(store.picks()).filteredOn(p -> p.storyId().equals("s1")).extracting(ArticleStore.Pick::note).containsExactly("second note");
      assertThat(store.unpick("s1")).isTrue();
      assertThat(store.unpick("s1")).isFalse();
      assertThat(store.picks()).extracting(ArticleStore.Pick::storyId).containsExactly("s2");
    }
  }
}

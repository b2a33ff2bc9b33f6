package dev.parallax.store;

import static dev.parallax.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteArticleStoreTest extends ArticleStoreContract {

  @TempDir Path dir;

  @Override
  ArticleStore open() throws Exception {
    return JdbcArticleStore.sqlite(dir, InstantSource.system());
  }

  @Test
  void keepsEverythingAcrossARestart() throws Exception {
    Article a = article("a1", "The Times", "Kept across restarts.");
    store.put(a);
    store.saveStory(new Story("s1", "A story", List.of(new Story.Member("a1", null)), a.published(), a.published()));
    store.close();

    store = open();

    assertThat(store.article("a1")).contains(a);
    assertThat(store.story("s1").orElseThrow().articleIds()).containsExactly("a1");
    assertThat(store.put(a)).isInstanceOf(ArticleStore.PutResult.Duplicate.class);
  }

  @Test
  void leavesOutAStoredEmbeddingThatDoesNotDecode() throws Exception {
    store.saveEmbedding("good", "m", new float[] {0.6f, 0.8f});
    store.saveEmbedding("odd", "m", new float[] {1, 0});
    store.saveEmbedding("nan", "m", new float[] {1, 0});
    store.close();
    try (var db = Databases.sqlite(dir).connection()) {
      Databases.update(db, "UPDATE article_embedding SET vector = ? WHERE article_id = ?", new byte[] {1, 2, 3}, "odd");
      Databases.update(db, "UPDATE article_embedding SET vector = ? WHERE article_id = ?", new byte[] {0, 0x7e, 0, 0}, "nan");
    }
    store = open();

    assertThat(store.embeddings(List.of("good", "odd", "nan"), "m")).containsOnlyKeys("good");
  }

  @Test
  void reportsAnUnusableDatabaseFileWithItsPath() throws Exception {
    store.close();
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("parallax.db"), "this is not a database, it is text that goes on ".repeat(100));

    assertThatThrownBy(() -> JdbcArticleStore.sqlite(broken, InstantSource.system()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(broken.resolve("parallax.db").toString());
    store = open();
  }

  @Test
  void anUpgradeMarksPendingTheArticlesAnEarlierCrashLeftInNoStory() throws Exception {
    store.close();
    Path old = dir.resolve("v6");
    Files.createDirectories(old);
    String url = "jdbc:sqlite:" + old.resolve("parallax.db");
    org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("6")
        .load().migrate();
    try (var db = java.sql.DriverManager.getConnection(url)) {
      for (String id : List.of("in-story", "lost")) {
        Databases.update(db,
            "INSERT INTO article (id, paragraphs, captions, removed, content_hash, ingested, seq)"
                + " VALUES (?, '[]', '[]', '[]', ?, '2025-01-01T00:00:00Z', ?)",
            id, "hash-" + id, id.length());
      }
      Databases.update(db, "INSERT INTO story (id, updated) VALUES ('s1', '2025-01-01T00:00:00Z')");
      Databases.update(db, "INSERT INTO story_article (story_id, article_id, position) VALUES ('s1', 'in-story', 0)");
    }

    try (ArticleStore upgraded = JdbcArticleStore.sqlite(old, InstantSource.system())) {
      assertThat(upgraded.pendingArticles(10)).extracting(Article::id).containsExactly("lost");
    }
    store = open();
  }
}

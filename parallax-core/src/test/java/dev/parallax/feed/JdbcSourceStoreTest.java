package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.store.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcSourceStoreTest {

  @TempDir Path dir;
  private final InstantSource clock = InstantSource.fixed(Instant.parse("2025-02-18T12:00:00Z"));

  @Test
  void keepsSourcesTheirStatusAndSeenItemsAcrossReopening() throws Exception {
    long id;
    Source.Status status = new Source.Status("\"e\"", "Tue, 18 Feb 2025 10:00:00 GMT", clock.instant(), clock.instant(),
        clock.instant().plusSeconds(600), 0, null);
    try (JdbcSourceStore store = JdbcSourceStore.sqlite(dir, clock)) {
      var added = store.add(new NewSource("https://a.example/feed", "A", "https://a.example/", "https://a.example/i.png",
          "News/World", true, Duration.ofMinutes(15)));
      assertThat(added).isInstanceOf(SourceStore.AddResult.Added.class);
      id = added.source().id();
      assertThat(store.add(NewSource.of("https://a.example/feed"))).isInstanceOf(SourceStore.AddResult.Existing.class);
      store.updateStatus(id, status);
      store.markSeen(id, "item-1", "art1");
      store.markSeen(id, "item-2", null);
      java.util.Map<String, String> batch = new java.util.HashMap<>();
      batch.put("item-2", null);
      store.markSeen(id, batch);
    }
    try (JdbcSourceStore store = JdbcSourceStore.sqlite(dir, clock)) {
      Source s = store.source(id).orElseThrow();
      assertThat(s.name()).isEqualTo("A");
      assertThat(s.category()).isEqualTo("News/World");
      assertThat(s.membersOnly()).isTrue();
      assertThat(s.interval()).isEqualTo(Duration.ofMinutes(15));
      assertThat(s.status()).isEqualTo(status);
      assertThat(store.seenItems(id, Set.of("item-1", "item-2", "item-3"))).containsExactlyInAnyOrder("item-1", "item-2");
      assertThat(store.sourceOfArticle("art1")).map(Source::id).contains(id);
      assertThat(store.remove(id)).isTrue();
      assertThat(store.sources()).isEmpty();
      assertThat(store.remove(id)).isFalse();
    }
  }

  /** The same schema on a real PostgreSQL server, started from Maven Central's binaries. */
  @Test
  void worksTheSameOnPostgresql() throws Exception {
    try (JdbcSourceStore store = JdbcSourceStore.postgres(TestPostgres.newDatabase(), "postgres", null, clock)) {
      String feed = "https://pg.example/" + System.nanoTime() + "/feed";
      long id = store.add(new NewSource(feed, "PG", null, null, "A/B", true, Duration.ofMinutes(5))).source().id();
      Source.Status status = new Source.Status(null, "Tue, 18 Feb 2025 10:00:00 GMT", clock.instant(), null, null, 3, "HTTP 503");
      store.updateStatus(id, status);
      store.markSeen(id, "k", "pg-article-" + id);
      store.markSeen(id, java.util.Map.of("k", "pg-article-" + id));
      Source s = store.sourceByUrl(feed).orElseThrow();
      assertThat(s.status()).isEqualTo(status);
      assertThat(s.membersOnly()).isTrue();
      assertThat(store.seenItems(id, Set.of("k", "j"))).containsExactly("k");
      assertThat(store.sourceOfArticle("pg-article-" + id)).map(Source::id).contains(id);
      assertThat(store.remove(id)).isTrue();
    }
  }

  @Test
  void recordsAnErrorStateVisibleOnTheSource() throws Exception {
    try (JdbcSourceStore store = JdbcSourceStore.sqlite(dir, clock)) {
      long id = store.add(NewSource.of("https://b.example/feed")).source().id();
      store.updateStatus(id, new Source.Status(null, null, clock.instant(), null, clock.instant().plusSeconds(3600), 2, "HTTP 500"));
      Source s = store.sourceByUrl("https://b.example/feed").orElseThrow();
      assertThat(s.status().failing()).isTrue();
      assertThat(s.status().errors()).isEqualTo(2);
      assertThat(s.due(clock.instant())).isFalse();
      assertThat(s.due(clock.instant().plusSeconds(3600))).isTrue();
    }
  }
}

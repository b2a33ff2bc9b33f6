package dev.parallax.members;

import dev.parallax.feed.JdbcSourceStore;
import dev.parallax.store.JdbcArticleStore;
import dev.parallax.store.TestPostgres;
import java.time.InstantSource;

/** The same contract against a real PostgreSQL server started from Maven Central's binaries. */
class PostgresMembersOnlyStoreTest extends MembersOnlyStoreContract {

  @Override
  void open() throws Exception {
    String url = TestPostgres.newDatabase();
    articles = JdbcArticleStore.postgres(url, "postgres", null, InstantSource.system());
    sources = JdbcSourceStore.postgres(url, "postgres", null, InstantSource.system());
    marks = JdbcMembersOnlyStore.postgres(url, "postgres", null, InstantSource.system());
  }
}

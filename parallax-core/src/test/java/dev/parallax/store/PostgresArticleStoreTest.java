package dev.parallax.store;

import java.time.InstantSource;

/** The same contract against a real PostgreSQL server started from Maven Central's binaries. */
class PostgresArticleStoreTest extends ArticleStoreContract {

  @Override
  ArticleStore open() throws Exception {
    return JdbcArticleStore.postgres(TestPostgres.newDatabase(), "postgres", null, InstantSource.system());
  }
}

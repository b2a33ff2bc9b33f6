package dev.parallax.digest;

import dev.parallax.store.JdbcArticleStore;
import dev.parallax.store.TestPostgres;
import java.time.InstantSource;

/** The same contract against a real PostgreSQL server started from Maven Central's binaries. */
class PostgresDigestStoreTest extends DigestStoreContract {

  @Override
  void open() throws Exception {
    String url = TestPostgres.newDatabase();
    articles = JdbcArticleStore.postgres(url, "postgres", null, InstantSource.system());
    digests = JdbcDigestStore.postgres(url, "postgres", null);
  }
}

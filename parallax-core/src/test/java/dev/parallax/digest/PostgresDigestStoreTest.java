package dev.parallax.digest;

import dev.parallax.store.JdbcArticleStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same contract against a real PostgreSQL server started from Maven Central's binaries. */
class PostgresDigestStoreTest extends DigestStoreContract {

  private static EmbeddedPostgres postgres;
  private static int database;

  @BeforeAll
  static void startServer() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    postgres.close();
  }

  @Override
  void open() throws Exception {
    String name = "digests_" + (++database);
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    String url = postgres.getJdbcUrl("postgres", name);
    articles = JdbcArticleStore.postgres(url, "postgres", null, InstantSource.system());
    digests = JdbcDigestStore.postgres(url, "postgres", null);
  }
}

package dev.parallax.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same contract against a real PostgreSQL server started from Maven Central's binaries. */
class PostgresArticleStoreTest extends ArticleStoreContract {

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
  ArticleStore open() throws Exception {
    String name = "parallax_" + (++database);
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return JdbcArticleStore.postgres(postgres.getJdbcUrl("postgres", name), "postgres", null, InstantSource.system());
  }
}

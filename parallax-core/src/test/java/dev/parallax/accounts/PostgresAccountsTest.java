package dev.parallax.accounts;

import dev.parallax.store.TestPostgres;

/** The same contract against a real PostgreSQL server started from Maven Central's binaries. */
class PostgresAccountsTest extends AccountsContract {

  private String url;

  @Override
  UserStore open() throws Exception {
    url = TestPostgres.newDatabase();
    return JdbcUserStore.postgres(url, "postgres", null);
  }

  @Override
  UserStore reopen() throws Exception {
    return JdbcUserStore.postgres(url, "postgres", null);
  }
}

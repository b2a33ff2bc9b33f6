package dev.parallax.accounts;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteAccountsTest extends AccountsContract {

  @TempDir Path dir;

  @Override
  UserStore open() throws Exception {
    return JdbcUserStore.sqlite(dir);
  }

  @Override
  UserStore reopen() throws Exception {
    return JdbcUserStore.sqlite(dir);
  }
}

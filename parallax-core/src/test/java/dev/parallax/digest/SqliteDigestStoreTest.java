package dev.parallax.digest;

import dev.parallax.store.JdbcArticleStore;
import java.nio.file.Path;
import java.time.InstantSource;
import org.junit.jupiter.api.io.TempDir;

class SqliteDigestStoreTest extends DigestStoreContract {

  @TempDir Path dir;

  @Override
  void open() throws Exception {
    articles = JdbcArticleStore.sqlite(dir, InstantSource.system());
    digests = JdbcDigestStore.sqlite(dir);
  }
}

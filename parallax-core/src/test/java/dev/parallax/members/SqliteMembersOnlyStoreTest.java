package dev.parallax.members;

import dev.parallax.feed.JdbcSourceStore;
import dev.parallax.store.JdbcArticleStore;
import java.nio.file.Path;
import java.time.InstantSource;
import org.junit.jupiter.api.io.TempDir;

class SqliteMembersOnlyStoreTest extends MembersOnlyStoreContract {

  @TempDir Path dir;

  @Override
  void open() throws Exception {
    articles = JdbcArticleStore.sqlite(dir, InstantSource.system());
    sources = JdbcSourceStore.sqlite(dir, InstantSource.system());
    marks = JdbcMembersOnlyStore.sqlite(dir, InstantSource.system());
  }
}

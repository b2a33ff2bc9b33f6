package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two first runs at once on a new data folder: both open the database, neither sees SQLITE_BUSY. */
class SchemaLockTest {

  @TempDir Path root;

  @Test
  void storesOpenedAtOnceOnANewFolderAllGetTheSchema() throws Exception {
    int runs = 6;
    for (int round = 0; round < 3; round++) {
      Path folder = root.resolve("data-" + round);
      CyclicBarrier start = new CyclicBarrier(runs);
      ExecutorService pool = Executors.newFixedThreadPool(runs);
      try {
        List<Future<String>> opened = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          Callable<String> open = () -> {
            start.await();
            Databases.Opened db = Databases.sqlite(folder);
            try (var s = db.connection().createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM article")) {
              rs.next();
              return db.description() + " " + rs.getInt(1);
            } finally {
              db.connection().close();
            }
          };
          opened.add(pool.submit(open));
        }
        for (Future<String> f : opened) assertThat(f.get()).endsWith("parallax.db 0");
      } finally {
        pool.shutdownNow();
      }
    }
  }
}

package dev.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestArticles;
import dev.parallax.domain.Article;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestListener;
import dev.parallax.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on the embedded store: the five seed articles in, read back, again after a restart. */
class ParallaxTest {

  @TempDir Path data;
  @TempDir Path input;

  private void copySeeds() throws Exception {
    try (Stream<Path> seeds = Files.list(TestArticles.fixtures().resolve("seeds"))) {
      for (Path p : seeds.toList()) Files.copy(p, input.resolve(p.getFileName()));
    }
  }

  @Test
  void ingestsTheFiveSeedsAndReadsThemBackAfterARestart() throws Exception {
    copySeeds();
    IngestReport first;
    List<Article> stored;
    try (Parallax p = Parallax.open(Config.embedded(data), InstantSource.system())) {
      first = p.ingestor().run(new FileSource(List.of(input)), IngestListener.NONE);
      stored = p.store().articles();
    }

    assertThat(first.read()).isEqualTo(5);
    assertThat(first.added()).isEqualTo(5);
    assertThat(first.failures()).isEmpty();
    assertThat(stored).extracting(Article::file)
        .containsExactly("000_4b4d83a56dc4d54f.txt", "001_8abc293f21b3de4b.txt", "002_277d21bc234cac31.txt",
            "003_34961a2c7063a7f4.txt", "004_3c54b248efdf8dcb.txt");
    assertThat(stored.get(4).body()).contains("U.S. and Russian officials met in Riyadh on Tuesday");

    try (Parallax p = Parallax.open(Config.embedded(data), InstantSource.system())) {
      assertThat(p.store().articles()).isEqualTo(stored);
      assertThat(p.index().search("Lavrov", 10)).hasSize(5);
      for (Article a : stored) assertThat(p.store().storyOf(a.id())).isPresent();
      // each article's embedding is kept for the next replay, under the model that made it
      String model = dev.parallax.app.Components.clusterer().embeddingModel().orElseThrow();
      assertThat(model).isEqualTo("all-minilm-l6-v2-q/title+lead60");
      assertThat(p.store().embeddings(stored.stream().map(Article::id).toList(), model))
          .hasSize(5)
          .allSatisfy((id, v) -> assertThat(v).hasSize(384));

      IngestReport again = p.ingestor().run(new FileSource(List.of(input)), IngestListener.NONE);
      assertThat(again.added()).isZero();
      assertThat(again.duplicates()).isEqualTo(5);
      assertThat(p.store().articleCount()).isEqualTo(5);
    }
  }

  @Test
  void rebuildsALostSearchIndexFromTheStore() throws Exception {
    copySeeds();
    try (Parallax p = Parallax.open(Config.embedded(data), InstantSource.system())) {
      p.ingestor().run(new FileSource(List.of(input)), IngestListener.NONE);
    }
    try (Stream<Path> files = Files.walk(data.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    try (Parallax p = Parallax.open(Config.embedded(data), InstantSource.system())) {
      assertThat(p.index().search("Lavrov", 10)).isEmpty();
      List<Integer> progress = new java.util.ArrayList<>();

      assertThat(p.reindex(progress::add)).isEqualTo(5);

      assertThat(progress).containsExactly(5);
      assertThat(p.index().current()).isTrue();
      assertThat(p.index().search("Lavrov", 10)).hasSize(5);
      assertThat(p.index().search("\"Sergei Lavrov\"", 10)).isNotEmpty();
    }
  }

  @Test
  void reportsABadFileByPathAndStoresTheRest() throws Exception {
    copySeeds();
    Files.write(input.resolve("broken.html"), new byte[] {0, 1, 2, 3, 4});
    Files.createFile(input.resolve("empty.txt"));

    try (Parallax p = Parallax.open(Config.embedded(data), InstantSource.system())) {
      IngestReport report = p.ingestor().run(new FileSource(List.of(input)), IngestListener.NONE);

      assertThat(report.added()).isEqualTo(5);
      assertThat(report.failures())
          .extracting(IngestReport.Failure::origin)
          .containsExactlyInAnyOrder(input.resolve("broken.html").toString(), input.resolve("empty.txt").toString());
      assertThat(report.summary()).isEqualTo("read 7, new 5, duplicate 0, failed 2");
    }
  }
}

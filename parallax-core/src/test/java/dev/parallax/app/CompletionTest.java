package dev.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.TestArticles;
import dev.parallax.consistency.ConsistencyCheck;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.ingest.DocumentSource;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestListener;
import dev.parallax.ingest.IngestReport;
import dev.parallax.ingest.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run stopped part way leaves behind is completed by the next one to open the pipeline. */
class CompletionTest {

  @TempDir Path data;
  @TempDir Path input;
  private List<Path> files;

  @BeforeEach
  void copySeeds() throws Exception {
    try (Stream<Path> seeds = Files.list(TestArticles.fixtures().resolve("seeds"))) {
      for (Path p : seeds.sorted().toList()) Files.copy(p, input.resolve(p.getFileName()));
    }
    try (Stream<Path> copied = Files.list(input)) {
      files = copied.sorted().toList();
    }
  }

  private Parallax open() throws Exception {
    return Parallax.open(Config.embedded(data), InstantSource.system());
  }

  @Test
  void articlesAKilledRunHadOnlyStoredAreSearchableInAStoryAndBriefedOnceThePipelineOpens() throws Exception {
    // what a run killed right after storing leaves: the articles, and nothing derived from them
    try (Parallax p = open()) {
      for (Article a : TestArticles.extracted(files)) p.store().put(a);
    }

    try (Parallax p = open()) {
      assertThat(p.index().search("Lavrov", 10)).isEmpty();

      IngestReport again = p.ingestor().run(new FileSource(List.of(input)), IngestListener.NONE);

      // the input read again is all duplicates, and they no longer hide unfinished articles
      assertThat(again.duplicates()).isEqualTo(5);
      assertThat(p.lastCompletion().articles()).isEqualTo(5);
      assertThat(p.lastCompletion().clustered()).isEqualTo(5);
      assertThat(p.index().search("Lavrov", 10)).hasSize(5);
      for (Article a : p.store().articles()) {
        Story story = p.store().storyOf(a.id()).orElseThrow();
        assertThat(p.digests().current(story)).as("brief of " + story.id()).isPresent();
      }
      assertThat(p.store().pendingCount()).isZero();
      assertThat(ConsistencyCheck.check(p).lines()).isEmpty();
    }
  }

  @Test
  void aRunThatFailsLeavesItsArticlesPendingAndTheNextUseOfThePipelineCompletesThem() throws Exception {
    try (Parallax p = open()) {
      DocumentSource failing =
          new DocumentSource() {
            @Override
            public long estimatedSize() {
              return -1;
            }

            @Override
            public Stream<ReadResult> read() {
              Stream<ReadResult> fails = Stream.generate(() -> { throw new IllegalStateException("disk gone"); });
              return Stream.concat(new FileSource(files.subList(0, 3)).read(), fails.limit(1));
            }
          };

      assertThatThrownBy(() -> p.ingestor().run(failing, IngestListener.NONE)).hasMessageContaining("disk gone");

      // stored and clustered, but never briefed nor settled: a server would poll again with this pipeline
      assertThat(p.store().pendingCount()).isEqualTo(3);
      Story story = p.store().storyOf(p.store().articles().get(0).id()).orElseThrow();
      assertThat(p.digests().current(story)).isEmpty();

      p.ingestor();

      assertThat(p.store().pendingCount()).isZero();
      assertThat(p.lastCompletion().articles()).isEqualTo(3);
      assertThat(p.lastCompletion().clustered()).isZero();
      assertThat(p.digests().current(p.store().story(story.id()).orElseThrow())).isPresent();
    }
  }

  @Test
  void articlesAlreadyInAStoryAreIndexedAndTheirStoryBriefedWithoutClusteringThemAgain() throws Exception {
    List<Article> seeds = TestArticles.extracted(files);
    try (Parallax p = open()) {
      for (Article a : seeds) p.store().put(a);
      List<Story.Member> members = seeds.stream().map(a -> new Story.Member(a.id(), null)).toList();
      p.store().saveStory(new Story("s-1", "Talks", members, null, null));
    }

    try (Parallax p = open()) {
      Parallax.Completed done = p.completePending();

      assertThat(done.articles()).isEqualTo(5);
      assertThat(done.clustered()).isZero();
      assertThat(done.briefed()).isEqualTo(1);
      assertThat(p.index().search("Lavrov", 10)).hasSize(5);
      assertThat(ConsistencyCheck.check(p).consistent()).isTrue();
      assertThat(p.completePending()).isEqualTo(done); // nothing more to do: the last completion is kept
    }
  }
}

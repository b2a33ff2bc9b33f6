package dev.parallax.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestArticles;
import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestListener;
import dev.parallax.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of disagreement between store, index, stories and briefs is found, and repaired from the store. */
class ConsistencyCheckTest {

  @TempDir Path data;

  private Parallax open() throws Exception {
    return Parallax.open(Config.embedded(data), InstantSource.system());
  }

  @Test
  void findsEachKindOfDisagreementAndRepairsItFromTheStore() throws Exception {
    try (Parallax p = open()) {
      IngestReport report =
          p.ingestor().run(new FileSource(List.of(TestArticles.fixtures().resolve("seeds"))), IngestListener.NONE);
      p.briefStories(report.stories(), done -> {});
      assertThat(ConsistencyCheck.check(p).consistent()).isTrue();
    }
    String lost;
    String moved;
    String storyId;
    try (Parallax p = open()) {
      List<Article> articles = p.store().articles();
      lost = articles.get(0).id();
      moved = articles.get(1).id();
      p.index().delete(lost);
      p.index().index(TestArticles.article("ghost", "Nowhere", "Indexed, never stored."));
      p.index().commit();
      Story story = p.store().storyOf(moved).orElseThrow();
      storyId = story.id();
      List<Story.Member> kept = new ArrayList<>(story.members());
      kept.removeIf(m -> m.articleId().equals(moved));
      p.store().saveStory(new Story(story.id(), story.title(), kept, story.first(), story.last()));
      p.store().saveStory(new Story("s-empty", "Nothing", List.of(), null, null));
      p.store().settle(articles.stream().map(Article::id).toList());
    }

    try (Parallax p = open()) {
      Findings found = ConsistencyCheck.check(p);

      assertThat(found.missingFromIndex()).containsExactly(lost);
      assertThat(found.notStored()).containsExactly("ghost");
      assertThat(found.unclustered()).containsExactly(moved);
      assertThat(found.emptyStories()).containsExactly("s-empty");
      assertThat(found.staleBriefs()).containsExactly(storyId);
      assertThat(found.consistent()).isFalse();
      assertThat(found.lines()).hasSize(5).anyMatch(l -> l.startsWith("1 stored article in no story: " + moved));
      assertThat(found.summary()).isEqualTo("5 inconsistencies: 5 articles, 5 indexed, 2 stories");

      Findings after = ConsistencyCheck.repair(p, found);

      assertThat(after.lines()).isEmpty();
      assertThat(after.consistent()).isTrue();
      assertThat(after.summary()).startsWith("consistent: 5 articles, 5 indexed, ");
      assertThat(p.store().storyOf(moved)).isPresent();
      assertThat(p.index().ids()).doesNotContain("ghost").contains(lost);
    }
  }

  @Test
  void aFreshStoreIsConsistent() throws Exception {
    try (Parallax p = open()) {
      Findings found = ConsistencyCheck.check(p);

      assertThat(found.consistent()).isTrue();
      assertThat(found.summary()).isEqualTo("consistent: 0 articles, 0 indexed, 0 stories");
    }
  }
}

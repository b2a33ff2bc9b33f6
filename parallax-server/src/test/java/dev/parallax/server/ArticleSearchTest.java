package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.ingest.Articles;
import dev.parallax.search.LuceneSearchIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSearchTest {

  @TempDir Path dir;

  private final Map<String, String> bodies = new HashMap<>();

  private Path index(int articles) throws Exception {
    Path folder = dir.resolve("index");
    try (LuceneSearchIndex index = new LuceneSearchIndex(folder)) {
      for (int i = 0; i < articles; i++) {
        String body = "Officials met in Riyadh on Tuesday, report number " + i + ". The talks went on into the night.";
        bodies.put("a" + i, body);
        index.index(
            new Article(
                "a" + i, Outlet.named("Wire"), "https://example.org/a" + i, null, "Talks in Riyadh " + i, null, null,
                Instant.parse("2025-02-18T10:00:00Z"), "en", List.of(body), List.of(), List.of(), Articles.contentHash(body)));
      }
      index.commit();
    }
    return folder;
  }

  /** A search whose time limit no test machine reaches, so what is asserted never depends on speed. */
  private static ArticleSearch patient(Path folder) {
    return new ArticleSearch(folder, 600_000);
  }

  private static ArticleSearch.Request request(String q, int limit) {
    return new ArticleSearch.Request(q, null, null, null, null, 0, limit);
  }

  @Test
  void aSearchThatRunsOutOfTimeIsStoppedNotFinished() throws Exception {
    Path folder = index(5);
    try (ArticleSearch expired = new ArticleSearch(folder, 1000, () -> () -> true)) {
      assertThatThrownBy(() -> expired.search(request("riyadh~1", 10), bodies::get))
          .isInstanceOf(ArticleSearch.TimedOutException.class)
          .hasMessageContaining("longer than 1000 ms");
    }
    try (ArticleSearch search = patient(folder)) {
      assertThat(search.search(request("riyadh~1", 10), bodies::get).total()).isEqualTo(5);
    }
  }

  @Test
  void highlightingThatRunsOutOfTimeLeavesTheHitsToTheirLeads() throws Exception {
    Path folder = index(5);
    java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
    // the time runs out once the hits are found, when their bodies are read for snippets
    try (ArticleSearch search = new ArticleSearch(folder, 1000, () -> late::get)) {
      ArticleSearch.Result result = search.search(request("riyadh~1", 10), id -> {
        late.set(true);
        return bodies.get(id);
      });
      assertThat(result.total()).isEqualTo(5);
      assertThat(result.matches()).hasSize(5).allSatisfy(m -> assertThat(m.snippet()).isEmpty());
    }
  }

  @Test
  void highlightsTheFirstTwentyHitsOfAPageAndLeavesTheRestToTheLead() throws Exception {
    Path folder = index(40);
    try (ArticleSearch search = patient(folder)) {
      List<ArticleSearch.Match> matches = search.search(request("riyadh", 40), bodies::get).matches();
      assertThat(matches).hasSize(40);
      assertThat(matches.subList(0, 20)).allSatisfy(m -> assertThat(m.snippet()).contains("<mark>Riyadh</mark>"));
      assertThat(matches.subList(20, 40)).allSatisfy(m -> assertThat(m.snippet()).isEmpty());
    }
  }

  @Test
  void aCostlyQueryKeepsItsPlainWordsHighlightedButNotItsFuzzyOnes() throws Exception {
    Path folder = index(3);
    try (ArticleSearch search = patient(folder)) {
      // over the highlight cost: the fuzzy words are searched but not walked again for snippets
      String costly = "riyadh tuesday~1 nigt~1 reprt~1";
      ArticleSearch.Match m = search.search(request(costly, 10), bodies::get).matches().get(0);
      assertThat(m.snippet()).contains("<mark>Riyadh</mark>").doesNotContain("<mark>Tuesday</mark>");
      ArticleSearch.Match cheap = search.search(request("riyadh tuesday~1", 10), bodies::get).matches().get(0);
      assertThat(cheap.snippet()).contains("<mark>Riyadh</mark>").contains("<mark>Tuesday</mark>");
    }
  }
}

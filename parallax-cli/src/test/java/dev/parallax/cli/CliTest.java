package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a script sees them: exit codes and the JSON of CLI-CONTRACT.md. */
class CliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  @TempDir Path seeds;

  record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void copySeeds() throws Exception {
    Path repo = Path.of(System.getProperty("parallax.repo", ".."));
    try (Stream<Path> files = Files.list(repo.resolve("samples/seeds"))) {
      for (Path p : files.toList()) Files.copy(p, seeds.resolve(p.getFileName()));
    }
  }

  @Test
  void printsVersionAndHelp() {
    assertThat(run("--version").out()).startsWith("parallax ");
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("ingest", "articles", "show", "extract", "cluster", "brief", "demo");
  }

  @Test
  void everyCommandAnswersHelp() {
    for (String[] args :
        List.of(
            new String[] {"ingest", "--help"},
            new String[] {"brief", "--help"},
            new String[] {"sources", "--help"},
            new String[] {"sources", "add", "--help"},
            new String[] {"bench", "--help"})) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).as(String.join(" ", args)).startsWith("Usage: parallax " + args[0]);
    }
  }

  @Test
  void reindexRebuildsALostSearchIndex() throws Exception {
    assertThat(run("ingest", "--data", data.toString(), seeds.toString()).code()).isZero();
    try (Stream<Path> files = Files.walk(data.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    assertThat(run("search", "--data", data.toString(), "--format", "json", "Lavrov").json().get("hits")).isEmpty();

    Run reindex = run("reindex", "--data", data.toString(), "--format", "json");

    assertThat(reindex.code()).isZero();
    assertThat(reindex.json().get("indexed").asInt()).isEqualTo(5);
    assertThat(run("search", "--data", data.toString(), "--format", "json", "\"Sergei Lavrov\"").json().get("hits")).isNotEmpty();
  }

  @Test
  void checkFindsALostSearchIndexAndRepairsIt() throws Exception {
    assertThat(run("ingest", "--data", data.toString(), seeds.toString()).code()).isZero();
    Run clean = run("check", "--data", data.toString());
    assertThat(clean.code()).isZero();
    assertThat(clean.out().strip()).startsWith("consistent: 5 articles, 5 indexed, ");
    try (Stream<Path> files = Files.walk(data.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }

    Run found = run("check", "--data", data.toString(), "--format", "json");

    assertThat(found.code()).isEqualTo(1);
    JsonNode report = found.json();
    assertThat(report.get("consistent").asBoolean()).isFalse();
    assertThat(report.get("articles").asInt()).isEqualTo(5);
    assertThat(report.get("indexed").asInt()).isZero();
    assertThat(report.get("missingFromIndex")).hasSize(5);
    assertThat(report.get("unclustered")).isEmpty();
    assertThat(report.get("repaired").isNull()).isTrue();
    assertThat(run("check", "--data", data.toString()).out()).contains("5 stored articles missing from the search index");

    Run repaired = run("check", "--data", data.toString(), "--repair", "--format", "json");

    assertThat(repaired.code()).isZero();
    assertThat(repaired.json().get("consistent").asBoolean()).isTrue();
    assertThat(repaired.json().get("indexed").asInt()).isEqualTo(5);
    assertThat(repaired.json().get("repaired").get("missingFromIndex")).hasSize(5);
    assertThat(run("search", "--data", data.toString(), "--format", "json", "\"Sergei Lavrov\"").json().get("hits")).isNotEmpty();
    assertThat(run("check", "--data", data.toString()).code()).isZero();
  }

  @Test
  void exitsWithTwoOnAWrongFlag() {
    Run r = run("ingest", "--no-such-flag", seeds.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--no-such-flag");
  }

  @Test
  void ingestsOnceListsAndShowsArticles() throws Exception {
    Run first = run("ingest", "--data", data.toString(), seeds.toString());
    Run second = run("ingest", "--data", data.toString(), seeds.toString());

    assertThat(first.code()).isZero();
    assertThat(first.out().strip()).isEqualTo("read 5, new 5, duplicate 0, failed 0");
    assertThat(second.out().strip()).isEqualTo("read 5, new 0, duplicate 5, failed 0");

    JsonNode articles = run("articles", "--data", data.toString(), "--format", "json").json().get("articles");
    assertThat(articles).hasSize(5);
    for (JsonNode a : articles)
      assertThat(iterable(a.fieldNames())).contains("id", "file", "url", "title", "outlet", "published");

    String id = articles.get(4).get("id").asText();
    Run show = run("show", "--data", data.toString(), id);
    assertThat(show.code()).isZero();
    assertThat(show.out()).contains("U.S. and Russian officials met in Riyadh on Tuesday");

    Run missing = run("show", "--data", data.toString(), "nope");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no article with id nope");
  }

  @Test
  void reportsUnreadableFilesAndExitsOneWhenNothingWasRead() throws Exception {
    Path bad = Files.write(data.resolve("bad.html"), new byte[] {0, 0, 0});

    Run r = run("ingest", "--data", data.resolve("store").toString(), bad.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(bad.toString(), "binary");
    assertThat(r.out()).contains("failed 1");
  }

  @Test
  void extractPrintsTheContractFields() throws Exception {
    Run r = run("extract", seeds.resolve("000_4b4d83a56dc4d54f.txt").toString(), "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode j = r.json();
    assertThat(iterable(j.fieldNames()))
        .contains("file", "title", "byline", "outlet", "section", "published", "language", "body", "paragraphs", "removed");
    assertThat(j.get("file").asText()).isEqualTo("000_4b4d83a56dc4d54f.txt");
    assertThat(j.get("paragraphs").size()).isGreaterThan(10);
  }

  @Test
  void extractOnAFolderPrintsOneObjectPerFile() {
    Run r = run("extract", seeds.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(5).allMatch(l -> l.startsWith("{\"file\":"));
  }

  @Test
  void clusterAndBriefPrintTheContractShapes() throws Exception {
    JsonNode clustered = run("cluster", seeds.toString(), "--format", "json").json();
    List<String> ids = new ArrayList<>();
    for (JsonNode story : clustered.get("stories")) {
      assertThat(story.has("id") && story.has("title")).isTrue();
      for (JsonNode a : story.get("articles")) {
        assertThat(iterable(a.fieldNames())).contains("id", "file", "outlet");
        ids.add(a.get("id").asText());
      }
    }
    assertThat(ids).hasSize(5).doesNotHaveDuplicates();

    JsonNode briefed = run("brief", seeds.toString(), "--format", "json").json();
    for (JsonNode story : briefed.get("stories")) {
      JsonNode brief = story.get("brief");
      assertThat(iterable(brief.fieldNames()))
          .contains("summary", "facts", "quotes", "entities", "disagreements", "timeline");
      for (JsonNode t : brief.get("timeline")) assertThat(ids).contains(t.get("article").asText());
    }
  }

  @Test
  void demoIngestsTheBundledSampleAndPrintsItsStory() {
    Run r = run("demo", "--data", data.toString(), "--sample", seeds.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("new 5", "Timeline", "Coverage");
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> list = new ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}

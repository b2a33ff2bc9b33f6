package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What scripts and people at a shell expect of the commands: --data anywhere, clear refusals, help that reads. */
class CliHabitsTest {

  @TempDir Path data;
  @TempDir Path seeds;
  @TempDir Path elsewhere;

  /** The commands that only read the store, with the arguments each needs. */
  private static final List<List<String>> READERS =
      List.of(
          List.of("stories"),
          List.of("articles"),
          List.of("search", "Lavrov"),
          List.of("brief"),
          List.of("check"),
          List.of("sources", "list"));

  @BeforeEach
  void copySeeds() throws Exception {
    Path repo = Path.of(System.getProperty("parallax.repo", ".."));
    try (Stream<Path> files = Files.list(repo.resolve("samples/seeds"))) {
      for (Path p : files.toList()) Files.copy(p, seeds.resolve(p.getFileName()));
    }
  }

  private static CliTest.Run run(List<String> command, String... more) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(more));
    return CliTest.run(args.toArray(String[]::new));
  }

  @Test
  void dataIsAcceptedBeforeTheCommandToo() throws Exception {
    CliTest.Run ingest = CliTest.run("--data", data.toString(), "ingest", seeds.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(Files.isRegularFile(data.resolve("parallax.db"))).isTrue();

    CliTest.Run stories = CliTest.run("--data", data.toString(), "stories", "--format", "json");
    assertThat(stories.code()).as(stories.err()).isZero();
    assertThat(stories.json().get("stories")).isNotEmpty();

    // serve too (parsed only: running it would serve until stopped); the command's own --data wins
    CommandLine cl = ParallaxCommand.commandLine();
    CommandLine.ParseResult parsed = cl.parseArgs("--data", data.toString(), "serve", "--port", "0");
    ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
    assertThat(serve.data.explicit()).isEqualTo(data);
    parsed = ParallaxCommand.commandLine().parseArgs("--data", "a", "sources", "list", "--data", "b");
    SourcesCommand.ListSources list = (SourcesCommand.ListSources) parsed.subcommand().subcommand().commandSpec().userObject();
    assertThat(list.data.explicit()).isEqualTo(Path.of("b"));
  }

  @Test
  void commandsThatOnlyReadWorkWhileAnotherProcessHoldsTheStoreForWriting() throws Exception {
    assertThat(CliTest.run("ingest", "--data", data.toString(), seeds.toString()).code()).isZero();
    // what `serve` holds while it runs: the store and the search index's writer (and its lock)
    try (Parallax writer = Parallax.open(Config.embedded(data), InstantSource.system())) {
      for (List<String> reader : READERS) {
        CliTest.Run r = run(reader, "--data", data.toString());
        assertThat(r.code()).as(reader + ": " + r.err()).isZero();
        assertThat(r.err()).as(reader.toString()).doesNotContain("Lock held");
      }
      String id = CliTest.run("articles", "--data", data.toString(), "--format", "json").json().get("articles").get(0).get("id").asText();
      assertThat(CliTest.run("show", "--data", data.toString(), id).code()).isZero();
      CliTest.Run search = CliTest.run("search", "--data", data.toString(), "--format", "json", "Lavrov");
      assertThat(search.json().get("hits")).isNotEmpty();

      // a command that writes is refused with what to do, not Lucene's lock message
      CliTest.Run ingest = CliTest.run("ingest", "--data", data.toString(), seeds.toString());
      assertThat(ingest.code()).isEqualTo(1);
      assertThat(ingest.err()).contains("in use by another Parallax process", "commands that only read").doesNotContain("Lock held");
      assertThat(writer.store().articleCount()).isEqualTo(5);
    }
  }

  @Test
  void aDataFolderThatDoesNotExistIsRefusedByCommandsThatReadAndNotCreated() {
    Path typo = elsewhere.resolve("no-such-folder");
    for (List<String> reader : READERS) {
      CliTest.Run r = run(reader, "--data", typo.toString());
      assertThat(r.code()).as(reader.toString()).isEqualTo(1);
      assertThat(r.err()).as(reader.toString()).contains("no Parallax data in " + typo, "ingest");
      assertThat(r.out()).as(reader.toString()).doesNotContain("0 stories");
      assertThat(typo).as(reader.toString()).doesNotExist();
    }
  }

  @Test
  void aDataFolderThatIsAFileGetsAClearMessage() throws Exception {
    Path file = Files.writeString(elsewhere.resolve("notes.txt"), "not a folder");
    for (List<String> command : List.of(List.of("stories"), List.of("ingest", seeds.toString()), List.of("sources", "list"))) {
      CliTest.Run r = run(command, "--data", file.toString());
      assertThat(r.code()).as(command.toString()).isEqualTo(1);
      assertThat(r.err()).as(command.toString()).contains(file + " is a file, not a data folder").doesNotContain("cannot create");
    }
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void anUnbalancedQuoteInASearchIsExplainedInWords() {
    assertThat(CliTest.run("ingest", "--data", data.toString(), seeds.toString()).code()).isZero();
    CliTest.Run r = CliTest.run("search", "--data", data.toString(), "\"unbalanced");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the quote (\") at character 1 is not closed").doesNotContain("Lexical", "lexical state");
  }

  @Test
  void twoFirstRunsAtOnceOnANewFolderNeitherDumpsSqliteBusy() throws Exception {
    for (int round = 0; round < 2; round++) {
      Path fresh = elsewhere.resolve("fresh-" + round);
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<CliTest.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          runs.add(pool.submit(() -> {
            start.await();
            return CliTest.run("ingest", "--data", fresh.toString(), seeds.toString());
          }));
        }
        int ok = 0;
        for (Future<CliTest.Run> f : runs) {
          CliTest.Run r = f.get();
          assertThat(r.err()).doesNotContain("SQLITE_BUSY", "SQL State", "Lock held");
          if (r.code() == 0) ok++;
          else assertThat(r.err()).contains("in use by another Parallax process");
        }
        assertThat(ok).isPositive();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void helpNeverCutsADescriptionMidSentence() {
    SoftAssertions soft = new SoftAssertions();
    List<CommandLine> all = new ArrayList<>();
    collect(ParallaxCommand.commandLine(), all);
    assertThat(all).hasSizeGreaterThan(15);
    for (CommandLine c : all) {
      String[] description = c.getCommandSpec().usageMessage().description();
      String name = c.getCommandSpec().qualifiedName();
      if (description.length == 0) continue;
      // the command list of `parallax --help` shows the first line alone
      assertThat(description[0].strip()).as(name).endsWith(".");
      for (String line : description) assertThat(line.strip()).as(name).doesNotEndWith(",");
      // wrapped at 80 columns only where there is a space: the same words as when nothing is wrapped
      soft.assertThat(words(c, 80)).as(name).isEqualTo(words(c, 1000));
    }
    soft.assertAll();
    CliTest.Run help = CliTest.run("--help");
    assertThat(help.out()).contains("demo      The main job on the bundled sample", "18 Feb 2025) and print the briefs");
  }

  private static List<String> words(CommandLine c, int width) {
    c.setUsageHelpWidth(width);
    return List.of(c.getUsageMessage().strip().split("\\s+"));
  }

  private static void collect(CommandLine c, List<CommandLine> into) {
    into.add(c);
    for (CommandLine sub : c.getSubcommands().values()) collect(sub, into);
  }

  @Test
  void demoRunsFromAnyFolderAndLeavesTheDefaultDataFolderAlone() throws Exception {
    String home = System.getProperty("user.home");
    System.setProperty("user.home", elsewhere.toString());
    try {
      Path defaultDir = Config.fromEnvironment(null, System.getenv()).dataDir();
      boolean existed = Files.exists(defaultDir.resolve("parallax.db"));
      FileTime before = existed ? Files.getLastModifiedTime(defaultDir.resolve("parallax.db")) : null;

      CliTest.Run demo = CliTest.run("demo", "--format", "text");

      assertThat(demo.code()).as(demo.err()).isZero();
      assertThat(demo.out()).contains("Ingested the bundled sample into", "Riyadh", "The demo's data is in");
      if (existed) assertThat(Files.getLastModifiedTime(defaultDir.resolve("parallax.db"))).isEqualTo(before);
      else assertThat(defaultDir).doesNotExist();
      String shown = demo.out().lines().filter(l -> l.startsWith("The demo's data is in ")).findFirst().orElseThrow();
      Path used = Path.of(shown.substring("The demo's data is in ".length(), shown.indexOf(": try")));
      try {
        CliTest.Run stories = CliTest.run("stories", "--data", used.toString(), "--format", "json");
        assertThat(stories.json().get("stories")).isNotEmpty();
      } finally {
        deleteTree(used);
      }
    } finally {
      System.setProperty("user.home", home);
    }
  }

  @Test
  void demoWritesIntoTheFolderDataNamesWhenGiven() throws Exception {
    CliTest.Run demo = CliTest.run("--data", data.toString(), "demo", "--format", "json");
    assertThat(demo.code()).as(demo.err()).isZero();
    assertThat(Files.isRegularFile(data.resolve("parallax.db"))).isTrue();
    assertThat(data.resolve("sample")).doesNotExist();
    CliTest.Run articles = CliTest.run("articles", "--data", data.toString(), "--format", "json");
    assertThat(articles.json().get("articles")).hasSize(5);
  }

  static void deleteTree(Path root) throws Exception {
    if (!Files.exists(root)) return;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}

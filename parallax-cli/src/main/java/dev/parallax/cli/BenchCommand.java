package dev.parallax.cli;

import dev.parallax.bench.BriefBench;
import dev.parallax.bench.ClusteringBench;
import dev.parallax.bench.ExtractionBench;
import dev.parallax.bench.FaultsBench;
import dev.parallax.bench.FeedsBench;
import dev.parallax.bench.NlpBench;
import dev.parallax.bench.WebBench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    description = {
      "Measure speed (and, where there is labelled data, quality) of one pipeline stage.",
      "  extract [DIR]                        extraction F1 and pages/s on the extraction-dev pages",
      "  cluster [MAX [EMBEDDED]]             dedup + clustering articles/s as the store grows to MAX",
      "  brief [SEEDS_DIR [N]]                time to brief a story of N articles: cold, warm, incremental",
      "  feeds [SOURCES [ITEMS]]              feed parsing and polling rounds against a local server",
      "  web [ARTICLES [READERS [REQUESTS]]]  story page and search latency under concurrent readers",
      "  faults [READERS [REQUESTS]]          readers' latency while sources misbehave; polling goes on, nothing lost",
      "Results go to standard output; nothing is written to the data folder."
    })
final class BenchCommand implements Callable<Integer> {

  /** A benchmark's entry point. */
  @FunctionalInterface
  interface Bench {
    void run(String[] args) throws Exception;
  }

  @Parameters(index = "0", paramLabel = "NAME", description = "Which benchmark: ${COMPLETION-CANDIDATES}.")
  String name;

  @Parameters(index = "1..*", paramLabel = "ARG", description = "Arguments of that benchmark.")
  List<String> args = new ArrayList<>();

  @Spec CommandSpec spec;

  static Map<String, Bench> benches() {
    Map<String, Bench> benches = new LinkedHashMap<>();
    benches.put("extract", args -> ExtractionBench.main(args.length > 0 ? args : new String[] {fixture("extraction-dev")}));
    benches.put("cluster", ClusteringBench::main);
    benches.put("brief", args -> BriefBench.main(args.length > 0 ? args : new String[] {fixture("seeds")}));
    benches.put("nlp", args -> NlpBench.main(args.length > 0 ? args : new String[] {fixture("clustering-dev")}));
    benches.put("feeds", FeedsBench::main);
    benches.put("web", WebBench::main);
    benches.put("faults", FaultsBench::main);
    return benches;
  }

  /** A fixture folder of the source tree the launcher runs from. */
  static String fixture(String name) {
    return Path.of(System.getProperty("parallax.home", "."), "parallax-core/src/test/resources/fixtures", name).toString();
  }

  @Override
  public Integer call() throws Exception {
    Bench bench = benches().get(name);
    if (bench == null) {
      spec.commandLine().getErr().println("parallax: no benchmark named " + name + "; choose one of " + String.join(", ", benches().keySet()));
      return 2;
    }
    bench.run(args.toArray(String[]::new));
    return 0;
  }
}

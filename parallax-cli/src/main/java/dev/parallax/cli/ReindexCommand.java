package dev.parallax.cli;

import dev.parallax.app.Parallax;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "reindex",
    description =
        "Rebuild the search index from the stored articles: after an upgrade that changed how articles are"
            + " indexed (`serve` says so when it starts), or when the index folder was lost. Stop `serve` first.")
final class ReindexCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
  Format format;

  @Mixin ProgressOptions progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    int indexed;
    try (Parallax parallax = data.open()) {
      if (progress.drawn(format)) {
        try (ProgressBar pb = ProgressOptions.bar("Reindexing", parallax.store().articleCount())) {
          indexed = parallax.reindex(pb::stepTo);
        }
      } else {
        indexed = parallax.reindex(done -> {});
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (format == Format.JSON) out.println(Views.json(Map.of("indexed", indexed, "seconds", Math.round(seconds * 10) / 10.0), false));
    else out.printf("reindexed %d article%s in %.1f s%n", indexed, indexed == 1 ? "" : "s", seconds);
    return 0;
  }
}

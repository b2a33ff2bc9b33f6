package dev.parallax.cli;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestListener;
import dev.parallax.ingest.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    description = {
      "The main job on the bundled sample: ingest the five seed articles (US-Russia talks in Riyadh, 18 Feb 2025)"
          + " and print the briefs of the stories they form.",
      "It writes into a new temporary folder (printed), or into the folder --data names; never into the default"
          + " data folder."
    })
final class DemoCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--sample", paramLabel = "DIR", description = "Folder to ingest instead of the bundled sample.")
  Path sample;

  @Option(names = "--format", description = "text (default), markdown or json.", defaultValue = "text")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (sample != null && !Files.isDirectory(sample)) {
      err.println("parallax: sample folder not found: " + sample);
      return 1;
    }
    // the reader's own store (the default, $PARALLAX_DATA or $PARALLAX_DB_URL) is left alone unless --data names it
    boolean temporary = data.explicit() == null;
    Config config = temporary ? Config.embedded(Files.createTempDirectory("parallax-demo-")) : data.config();
    Path folder = config.dataDir();
    Path copied =
        sample != null
            ? null
            : BundledSample.copyTo(temporary ? folder.resolve("sample") : Files.createTempDirectory("parallax-sample-"));
    Path dir = sample != null ? sample : copied;
    String what = sample != null ? sample.toString() : "the bundled sample";
    try (Parallax parallax = Parallax.open(config, InstantSource.system())) {
      IngestReport report = parallax.ingestor().run(new FileSource(List.of(dir)), IngestListener.NONE);
      parallax.briefStories(report.stories(), done -> {}); // as ingest does: the run's articles are then done
      for (IngestReport.Failure f : report.failures()) err.println("failed: " + f.origin() + ": " + f.reason());
      if (format == Format.TEXT) out.println("Ingested " + what + " into " + folder + ": " + report.summary() + "\n");
      // the stories holding the sample's articles, in the order they were first touched
      Set<String> storyIds = new LinkedHashSet<>();
      Map<String, Article> byId = new HashMap<>();
      for (Article a : parallax.store().articles()) {
        if (isFrom(dir, a)) {
          parallax.store().storyOf(a.id()).ifPresent(s -> storyIds.add(s.id()));
        }
      }
      List<Story> stories = new ArrayList<>();
      List<Brief> briefs = new ArrayList<>();
      for (String id : storyIds) {
        Story s = parallax.store().story(id).orElseThrow();
        for (Article a : parallax.articlesOf(s)) byId.put(a.id(), a);
        stories.add(s);
        briefs.add(parallax.brief(s));
      }
      new StoryPrinter(byId::get, parallax.clusteringMethod()).print(out, format, stories, briefs, report.failures());
    } finally {
      if (copied != null && !temporary) BundledSample.delete(copied);
    }
    if (format == Format.TEXT && temporary)
      out.println("\nThe demo's data is in " + folder + ": try `parallax stories --data " + folder + "`; delete the folder when done.");
    return 0;
  }

  private static boolean isFrom(Path dir, Article a) {
    return a.file() != null && Files.exists(dir.resolve(a.file()));
  }
}

package dev.parallax.cli;

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
      "The main job on the bundled sample: ingest the five seed articles (US-Russia talks in Riyadh,",
      "18 Feb 2025) into the data folder and print the briefs of the stories they form."
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
    Path dir = sample != null ? sample : bundledSample();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("parallax: sample folder not found: " + dir);
      return 1;
    }
    try (Parallax parallax = data.open()) {
      IngestReport report = parallax.ingestor().run(new FileSource(List.of(dir)), IngestListener.NONE);
      parallax.briefStories(report.stories(), done -> {}); // as ingest does: the run's articles are then done
      for (IngestReport.Failure f : report.failures())
        spec.commandLine().getErr().println("failed: " + f.origin() + ": " + f.reason());
      if (format == Format.TEXT) out.println("Ingested " + dir + " into " + parallax.config().dataDir() + ": " + report.summary() + "\n");
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
    }
    return 0;
  }

  private static boolean isFrom(Path dir, Article a) {
    return a.file() != null && Files.exists(dir.resolve(a.file()));
  }

  /** The seeds shipped in the repository; the launcher tells where it lives. */
  static Path bundledSample() {
    String home = System.getProperty("parallax.home", ".");
    return Path.of(home, "samples", "seeds");
  }
}

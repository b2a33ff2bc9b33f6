package dev.parallax.cli;

import dev.parallax.app.FileBatch;
import dev.parallax.app.Parallax;
import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "brief",
    description = {
      "Brief each story, from files and folders when PATHs are given (the store is not touched), otherwise from"
          + " the stored stories (all, or the one named by --story)."
    })
final class BriefCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders of articles (txt, html, htm, html.gz or jsonl files).")
  List<Path> paths = List.of();

  @Option(names = "--story", paramLabel = "ID", description = "Only this stored story.")
  String storyId;

  @Option(names = "--format", description = "text (default), markdown or json.", defaultValue = "text")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!paths.isEmpty()) {
      FileBatch batch = FileBatch.cluster(new FileSource(paths));
      for (IngestReport.Failure f : batch.failures())
        spec.commandLine().getErr().println("failed: " + f.origin() + ": " + f.reason());
      new StoryPrinter(batch.articlesById()::get, batch.method())
          .print(spec.commandLine().getOut(), format, batch.stories(), batch.briefs(), batch.failures());
      return batch.articles().isEmpty() && !batch.failures().isEmpty() ? 1 : 0;
    }
    try (Parallax parallax = data.read()) {
      List<Story> stories;
      if (storyId != null) {
        Optional<Story> one = parallax.store().story(storyId);
        if (one.isEmpty()) {
          spec.commandLine().getErr().println("parallax: no story with id " + storyId + " in " + data.config().dataDir());
          return 1;
        }
        stories = List.of(one.get());
      } else {
        stories = parallax.store().stories();
      }
      Map<String, Article> byId = new HashMap<>();
      List<Brief> briefs = new ArrayList<>();
      for (Story s : stories) {
        for (Article a : parallax.articlesOf(s)) byId.put(a.id(), a);
        briefs.add(parallax.brief(s));
      }
      new StoryPrinter(byId::get, parallax.clusteringMethod())
          .print(spec.commandLine().getOut(), format, stories, briefs, List.of());
    }
    return 0;
  }
}

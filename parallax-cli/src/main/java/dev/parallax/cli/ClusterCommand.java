package dev.parallax.cli;

import dev.parallax.app.FileBatch;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "cluster",
    description = "Group the articles in files and folders into stories (the store is not touched).")
final class ClusterCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles (txt, html, htm, html.gz or jsonl files).")
  List<Path> paths;

  @Option(names = "--format", description = "json (default), text or markdown.", defaultValue = "json")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    FileBatch batch = FileBatch.cluster(new FileSource(paths));
    for (IngestReport.Failure f : batch.failures())
      spec.commandLine().getErr().println("failed: " + f.origin() + ": " + f.reason());
    new StoryPrinter(batch.articlesById()::get, batch.method())
        .print(spec.commandLine().getOut(), format, batch.stories(), null, batch.failures());
    return batch.articles().isEmpty() && !batch.failures().isEmpty() ? 1 : 0;
  }
}

package dev.parallax.cli;

import dev.parallax.app.Parallax;
import dev.parallax.digest.BriefException;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestListener;
import dev.parallax.ingest.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "ingest",
    description = {
      "Store articles from files and folders (.txt, .html, .htm, .html.gz, .jsonl) and cluster them into stories.",
      "Re-ingesting the same content adds nothing. Files that cannot be read are reported and skipped.",
      "Exits 1 only when nothing could be read at all."
    })
final class IngestCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
  Format format;

  @Mixin ProgressOptions progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FileSource source = new FileSource(paths);
    IngestReport report;
    Parallax.Completed completed;
    List<BriefException.Failure> briefFailures = new ArrayList<>();
    try (Parallax parallax = data.open()) {
      boolean bar = progress.drawn(format);
      if (bar) {
        try (ProgressBar pb = ProgressOptions.bar("Ingesting", source.estimatedSize())) {
          report = parallax.ingestor().run(source, (origin, outcome) -> {
            pb.step();
            pb.setExtraMessage(shortName(origin));
          });
        }
      } else {
        report = parallax.ingestor().run(source, IngestListener.NONE);
      }
      // brief the stories the new articles touched now, so readers never wait for it; a story that cannot be
      // briefed is reported and the others go on
      if (bar && !report.stories().isEmpty()) {
        try (ProgressBar pb = ProgressOptions.bar("Briefing", report.stories().size())) {
          parallax.briefStories(report.stories(), pb::stepTo, briefFailures::add);
        }
      } else {
        parallax.briefStories(report.stories(), done -> {}, briefFailures::add);
      }
      completed = parallax.lastCompletion();
    }
    if (completed.articles() > 0) err.println("parallax: " + completed.summary());
    for (IngestReport.Failure f : report.failures()) err.println("failed: " + f.origin() + ": " + f.reason());
    for (BriefException.Failure f : briefFailures) err.println("failed: brief of story " + f.storyId() + ": " + f.reason());
    if (format == Format.JSON) out.println(Views.json(report, false));
    else out.println(report.summary());
    out.flush();
    boolean nothingRead = report.added() + report.duplicates() == 0 && !report.failures().isEmpty();
    return nothingRead ? 1 : 0;
  }

  private static String shortName(String origin) {
    int slash = origin.lastIndexOf('/');
    return slash < 0 ? origin : origin.substring(slash + 1);
  }
}

package dev.parallax.cli;

import dev.parallax.app.Parallax;
import dev.parallax.digest.BriefException;
import dev.parallax.feed.FeedService;
import dev.parallax.feed.RoundReport;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "fetch",
    description = {
      "Poll the sources once: fetch each feed that is due (or all with --all), store its new items and cluster them.",
      "A failing source is reported on stderr and recorded on the source (see `sources list`).",
      "Exits 1 when every polled source failed."
    })
final class FetchCommand implements Callable<Integer> {

  @Mixin DataOptions data;
  @Mixin FetchOptions fetch;

  @Option(names = "--all", description = "Poll every source now, ignoring intervals and backoff.")
  boolean all;

  @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
  Format format;

  @Spec CommandSpec spec;

  record Outcome(long id, String url, String name, String outcome, int items, int added, int duplicates, int failed, String error) {}

  record Summary(String summary, int notDue, List<Outcome> sources) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InstantSource clock = InstantSource.system();
    RoundReport report;
    List<BriefException.Failure> briefFailures = new ArrayList<>();
    try (Parallax parallax = data.open();
        FeedService feeds = FeedService.open(parallax, fetch.policy(), clock)) {
      report = all ? feeds.poller().pollAll() : feeds.poller().pollDue();
      parallax.briefStories(report.stories(), done -> {}, briefFailures::add);
      // a round with nothing new never opened the pipeline: finish what an interrupted run left all the same
      Parallax.Completed completed = parallax.completePending();
      if (completed.articles() > 0) err.println("parallax: " + completed.summary());
    }
    for (RoundReport.SourceOutcome o : report.outcomes()) {
      if (o.error() != null) err.println("failed: " + o.source().displayName() + ": " + o.error());
      for (var f : o.failures()) err.println("failed item: " + f.origin() + ": " + f.reason());
    }
    for (BriefException.Failure f : briefFailures) err.println("failed: brief of story " + f.storyId() + ": " + f.reason());
    if (format == Format.JSON) {
      List<Outcome> rows =
          report.outcomes().stream()
              .map(o -> new Outcome(o.source().id(), o.source().url(), o.source().displayName(),
                  o.kind().name().toLowerCase(java.util.Locale.ROOT), o.items(), o.added(), o.duplicates(), o.failed(),
                  o.error()))
              .toList();
      out.println(Views.json(new Summary(report.summary(), report.notDue(), rows), false));
    } else {
      out.println(report.summary());
    }
    out.flush();
    boolean allFailed =
        !report.outcomes().isEmpty() && report.count(RoundReport.Kind.FAILED) == report.outcomes().size();
    return allFailed ? 1 : 0;
  }
}

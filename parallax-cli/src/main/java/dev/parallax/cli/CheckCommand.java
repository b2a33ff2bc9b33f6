package dev.parallax.cli;

import dev.parallax.app.Parallax;
import dev.parallax.consistency.ConsistencyCheck;
import dev.parallax.consistency.Findings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    description = {
      "Check that the store, the search index, the stories and their briefs agree.",
      "Every stored article is searchable and in a story, nothing is indexed or in a story that is not stored,"
          + " every brief is current, no work is left pending by an interrupted run.",
      "--repair puts them back in agreement from the store (stop `serve` first; a check alone works while it runs).",
      "Exits 0 when consistent (or repaired), 1 when inconsistencies remain."
    })
final class CheckCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--repair", description = "Repair what is found, from the store (the source of truth).")
  boolean repair;

  @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
  Format format;

  @Spec CommandSpec spec;

  /** The JSON of CLI-CONTRACT.md: the state now, and with --repair the state found before repairing. */
  record Report(
      boolean consistent, int articles, int indexed, int stories, int pending, List<String> missingFromIndex,
      List<String> notStored, List<String> unclustered, List<String> membersNotStored, List<String> emptyStories,
      List<String> missingBriefs, List<String> staleBriefs, Report repaired) {

    static Report of(Findings f, Report repaired) {
      return new Report(
          f.consistent(), f.articles(), f.indexed(), f.stories(), f.pending(), f.missingFromIndex(), f.notStored(),
          f.unclustered(), f.membersNotStored(), f.emptyStories(), f.missingBriefs(), f.staleBriefs(), repaired);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Findings found;
    Findings now;
    try (Parallax parallax = repair ? data.open() : data.read()) {
      found = ConsistencyCheck.check(parallax);
      now = repair && !found.consistent() ? ConsistencyCheck.repair(parallax, found) : found;
    }
    if (format == Format.JSON) {
      out.println(Views.json(Report.of(now, now == found ? null : Report.of(found, null)), false));
    } else if (now == found) {
      for (String line : found.lines()) out.println(line);
      out.println(found.summary());
      if (!found.consistent()) out.println("run `parallax check --repair` to repair from the store");
    } else {
      for (String line : found.lines()) out.println("found: " + line);
      for (String line : now.lines()) out.println("left: " + line);
      out.println((now.consistent() ? "repaired, " : "not all repaired, ") + now.summary());
    }
    out.flush();
    return now.consistent() ? 0 : 1;
  }
}

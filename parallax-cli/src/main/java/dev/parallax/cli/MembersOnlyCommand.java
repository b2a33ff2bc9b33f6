package dev.parallax.cli;

import dev.parallax.members.JdbcMembersOnlyStore;
import dev.parallax.members.MembersOnlyStore;
import dev.parallax.members.MembersOnlyStore.Change;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sources members-only}: marks a source or an outlet members-only (everyone sees the headlines and the
 * briefs, only members read the articles in full), unmarks it with {@code --off}, or lists the marks. A server
 * running on the same data sees a change within a second.
 */
@Command(
    name = "members-only",
    description = {
      "Mark a source (by id or URL) or an outlet (--outlet NAME) members-only; --off opens it to everyone again.",
      "Without SOURCE or --outlet, list the outlets and sources that are members-only."
    })
final class MembersOnlyCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE", description = "A source's id or feed URL (see `sources list`).")
  String source;

  @Option(names = "--outlet", paramLabel = "NAME", description = "An outlet's name or id instead of a source.")
  String outlet;

  @Option(names = "--off", description = "Open it to everyone again.")
  boolean off;

  @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
  Format format;

  @Spec CommandSpec spec;

  /** What a mark did; {@code changed} is false when it was already so. */
  record Marked(String outlet, Long source, boolean membersOnly, boolean changed) {}

  /** The marks, as listed. */
  record Marks(List<MembersOnlyStore.OutletMark> outlets, List<MembersOnlyStore.SourceMark> sources) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (source != null && outlet != null) {
      err.println("parallax: give a SOURCE or --outlet NAME, not both");
      return 2;
    }
    if (format != Format.TEXT && format != Format.JSON) {
      err.println("parallax: --format must be text or json");
      return 2;
    }
    try (JdbcMembersOnlyStore marks = JdbcMembersOnlyStore.open(data.config(), InstantSource.system())) {
      if (source == null && outlet == null) return list(marks, out, off, err);
      Long sourceId = null;
      Change change;
      if (outlet != null) change = marks.markOutlet(outlet, !off);
      else {
        sourceId = sourceId(marks, source);
        if (sourceId == null) {
          err.println("parallax: no source " + source + " (see `parallax sources list`)");
          return 1;
        }
        change = marks.markSource(sourceId, !off);
      }
      if (change == Change.UNKNOWN) {
        err.println("parallax: no " + (outlet != null ? "outlet \"" + outlet + "\"" : "source " + source) + " (see `parallax " + (outlet != null ? "articles" : "sources list") + "`)");
        return 1;
      }
      Marked m = new Marked(outlet == null ? null : outlet.strip(), sourceId, !off, change == Change.CHANGED);
      if (format == Format.JSON) out.println(Views.json(m, false));
      else
        out.println((m.changed() ? "" : "already ") + (off ? "open to everyone: " : "members-only: ")
            + (outlet != null ? "outlet " + m.outlet() : "source " + sourceId));
    }
    return 0;
  }

  private Integer list(MembersOnlyStore marks, PrintWriter out, boolean offGiven, PrintWriter err) throws Exception {
    if (offGiven) {
      err.println("parallax: --off needs a SOURCE or --outlet NAME");
      return 2;
    }
    List<MembersOnlyStore.OutletMark> outlets = marks.outlets().stream().filter(MembersOnlyStore.OutletMark::membersOnly).toList();
    List<MembersOnlyStore.SourceMark> sources = marks.sources().stream().filter(MembersOnlyStore.SourceMark::membersOnly).toList();
    if (format == Format.JSON) {
      out.println(Views.json(new Marks(outlets, sources), false));
      return 0;
    }
    for (MembersOnlyStore.OutletMark o : outlets) out.println("outlet  " + o.id() + "  " + o.name());
    for (MembersOnlyStore.SourceMark s : sources)
      out.println("source  " + s.id() + "  " + (s.name() == null ? "" : s.name() + "  ") + "<" + s.url() + ">");
    out.println(outlets.size() + " outlet" + (outlets.size() == 1 ? "" : "s") + " and " + sources.size() + " source"
        + (sources.size() == 1 ? "" : "s") + " members-only");
    return 0;
  }

  /** A source by id or by feed URL. */
  private static Long sourceId(MembersOnlyStore marks, String which) throws Exception {
    String w = which.strip();
    for (MembersOnlyStore.SourceMark s : marks.sources())
      if (String.valueOf(s.id()).equals(w) || s.url().equals(w)) return s.id();
    return null;
  }
}

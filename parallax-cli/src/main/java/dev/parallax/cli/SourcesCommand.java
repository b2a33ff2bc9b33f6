package dev.parallax.cli;

import dev.parallax.feed.FeedParseException;
import dev.parallax.feed.JdbcSourceStore;
import dev.parallax.feed.NewSource;
import dev.parallax.feed.Source;
import dev.parallax.feed.SourceStore;
import dev.parallax.feed.Subscriptions;
import dev.parallax.fetch.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "sources",
    description = "Manage the feeds Parallax polls: add, list, remove, import or export OPML.",
    subcommands = {
      SourcesCommand.Add.class,
      SourcesCommand.ListSources.class,
      SourcesCommand.Remove.class,
      SourcesCommand.ImportOpml.class,
      SourcesCommand.ExportOpml.class,
      MembersOnlyCommand.class
    })
final class SourcesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static final long MAX_OPML_BYTES = 16L << 20;

  @Command(
      name = "add",
      description = {
        "Add a feed (RSS, Atom, JSON Feed) by its URL, or a site whose feed is announced in its page.",
        "The feed is fetched once to check it and learn its name; articles come with `parallax fetch`."
      })
  static final class Add implements Callable<Integer> {
    @Mixin DataOptions data;
    @Mixin FetchOptions fetch;

    @Parameters(index = "0", paramLabel = "URL", description = "Feed or site URL.")
    String url;

    @Option(names = "--name", description = "Outlet name (default: the feed's title).")
    String name;

    @Option(names = "--category", description = "Category or folder, e.g. News/World.")
    String category;

    @Option(names = "--members-only", description = "Show this source's full text to members only.")
    boolean membersOnly;

    @Option(names = "--interval", paramLabel = "MINUTES", description = "Poll every MINUTES (default 30, at least 1).")
    Integer intervalMinutes;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (intervalMinutes != null && intervalMinutes < 1) {
        err.println("parallax: --interval must be at least 1 minute, not " + intervalMinutes);
        return 2;
      }
      Duration interval = intervalMinutes == null ? null : Duration.ofMinutes(intervalMinutes);
      try (JdbcSourceStore store = JdbcSourceStore.open(data.config(), InstantSource.system());
          HttpFetcher fetcher = new HttpFetcher(fetch.policy(), InstantSource.system())) {
        Subscriptions subs = new Subscriptions(store, fetcher, InstantSource.system());
        SourceStore.AddResult result;
        try {
          result = subs.add(new NewSource(url, name, null, null, category, membersOnly, interval));
        } catch (Subscriptions.NoFeedException e) {
          err.println("parallax: " + e.getMessage());
          return 1;
        }
        Source s = result.source();
        String verb = result instanceof SourceStore.AddResult.Added ? "added" : "already present";
        out.println(verb + ": " + s.id() + " " + s.displayName() + " <" + s.url() + ">");
      }
      return 0;
    }
  }

  @Command(name = "list", description = "List the sources with their polling state and last error.")
  static final class ListSources implements Callable<Integer> {
    @Mixin DataOptions data;

    @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
    Format format;

    @Spec CommandSpec spec;

    record Row(
        long id, String url, String name, String homepage, String icon, String category, boolean membersOnly,
        long intervalMinutes, String lastFetched, String lastSuccess, String nextFetch, int errors, String lastError) {
      static Row of(Source s) {
        Source.Status st = s.status();
        return new Row(
            s.id(), s.url(), s.name(), s.homepage(), s.icon(), s.category(), s.membersOnly(), s.interval().toMinutes(),
            Views.time(st.lastFetched()), Views.time(st.lastSuccess()), Views.time(st.nextFetch()), st.errors(),
            st.lastError());
      }
    }

    record Rows(List<Row> sources) {}

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<Source> sources;
      try (JdbcSourceStore store = JdbcSourceStore.open(data.existing(), InstantSource.system())) {
        sources = store.sources();
      }
      if (format == Format.JSON) {
        out.println(Views.json(new Rows(sources.stream().map(Row::of).toList()), false));
        return 0;
      }
      for (Source s : sources) {
        Source.Status st = s.status();
        String state =
            st.lastError() != null ? "ERROR (" + st.errors() + "x): " + st.lastError()
                : st.lastSuccess() != null ? "ok, last " + st.lastSuccess() : "not fetched yet";
        out.printf(
            "%4d  %-24s  %-14s  %s%s%n      %s%n",
            s.id(), Text.clip(s.displayName(), 24), Text.clip(s.category() == null ? "-" : s.category(), 14), s.url(),
            s.membersOnly() ? "  [members]" : "", state);
      }
      out.println(sources.size() + " source" + (sources.size() == 1 ? "" : "s"));
      return 0;
    }
  }

  @Command(name = "remove", description = "Remove a source by id or URL; its stored articles stay.")
  static final class Remove implements Callable<Integer> {
    @Mixin DataOptions data;

    @Parameters(index = "0", paramLabel = "ID|URL")
    String which;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (JdbcSourceStore store = JdbcSourceStore.open(data.existing(), InstantSource.system())) {
        Optional<Source> s =
            which.matches("\\d+") ? store.source(Long.parseLong(which)) : store.sourceByUrl(which);
        if (s.isEmpty()) {
          spec.commandLine().getErr().println("parallax: no source " + which);
          return 1;
        }
        store.remove(s.get().id());
        spec.commandLine().getOut().println("removed: " + s.get().id() + " " + s.get().displayName());
      }
      return 0;
    }
  }

  @Command(name = "import-opml", description = "Add every feed an OPML file lists; folders become categories.")
  static final class ImportOpml implements Callable<Integer> {
    @Mixin DataOptions data;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_OPML_BYTES + 1);
      } catch (IOException e) {
        err.println("parallax: cannot read " + file + ": " + e.getMessage());
        return 1;
      }
      if (bytes.length > MAX_OPML_BYTES) {
        err.println("parallax: " + file + " is larger than " + MAX_OPML_BYTES + " bytes");
        return 1;
      }
      try (JdbcSourceStore store = JdbcSourceStore.open(data.config(), InstantSource.system());
          HttpFetcher fetcher = new HttpFetcher(dev.parallax.fetch.FetchPolicy.DEFAULT, InstantSource.system())) {
        Subscriptions.ImportReport report;
        try {
          report = new Subscriptions(store, fetcher, InstantSource.system()).importOpml(bytes, file.toString());
        } catch (FeedParseException e) {
          err.println("parallax: " + e.getMessage());
          return 1;
        }
        for (String p : report.problems()) err.println("skipped: " + p);
        spec.commandLine().getOut().printf(
            "imported %s: %d added, %d already present, %d skipped%n",
            file, report.added(), report.existing(), report.problems().size());
      }
      return 0;
    }
  }

  @Command(name = "export-opml", description = "Write the sources as OPML 2.0 (to stdout, or --output FILE).")
  static final class ExportOpml implements Callable<Integer> {
    @Mixin DataOptions data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      String opml;
      try (JdbcSourceStore store = JdbcSourceStore.open(data.existing(), InstantSource.system());
          HttpFetcher fetcher = new HttpFetcher(dev.parallax.fetch.FetchPolicy.DEFAULT, InstantSource.system())) {
        opml = new Subscriptions(store, fetcher, InstantSource.system()).exportOpml();
      }
      if (output == null) spec.commandLine().getOut().print(opml);
      else Files.writeString(output, opml, StandardCharsets.UTF_8);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}

package dev.parallax.cli;

import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.JdbcUserStore;
import dev.parallax.app.Parallax;
import dev.parallax.store.StoreException;
import dev.parallax.feed.FeedService;
import dev.parallax.feed.RoundReport;
import dev.parallax.server.Mailer;
import dev.parallax.server.ServerOptions;
import dev.parallax.server.WebServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the reader's web app and the JSON API on the store (the API is documented at /api/openapi.json).",
      "Admins sign in to mark picks and manage accounts (see the users command).",
      "Password reset mail goes through the SMTP server in $PARALLAX_SMTP_HOST, else to the log.",
      "Stop it with Ctrl-C or SIGTERM: it finishes a polling round in progress (30 s at most), then closes the store."
    })
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin DataOptions data;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default 8080; 0 for any free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default 127.0.0.1; 0.0.0.0 for all).")
  String host;

  @Option(names = "--admin-token", paramLabel = "TOKEN", description = "Deprecated: a token that allows marking editors' picks (default: $PARALLAX_ADMIN_TOKEN); admins sign in instead.")
  String adminToken;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The address readers reach the app at, for links in Atom feeds (default: $PARALLAX_BASE_URL, else"
              + " http://HOST:PORT).")
  String baseUrl;

  @Option(names = "--no-poll", description = "Do not poll the sources (see `parallax sources`) while serving.")
  boolean noPoll;

  @Option(
      names = "--poll-every",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description = "How often to look for sources that are due (default 60; each source keeps its own rate).")
  int pollEvery;

  @Mixin FetchOptions fetch;

  @Spec CommandSpec spec;

  /**
   * How long the shutdown hook waits for the server to stop: the web server, a polling round in progress (up to
   * 30 s, see {@link FeedService#close}) and the store, closed in that order. Past it the JVM halts anyway; what
   * is left pending is completed by the next start.
   */
  static final Duration STOP_BOUND = Duration.ofSeconds(45);

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ServerOptions options = ServerOptions.of(host, port, adminToken, baseUrl, System.getenv());
    if (pollEvery < 1) {
      spec.commandLine().getErr().println("parallax: --poll-every must be at least 1 second: " + pollEvery);
      return 2;
    }
    PrintWriter err = spec.commandLine().getErr();
    Stopping stopping = new Stopping();
    boolean clean = false;
    try {
      serve(options, out, err, stopping);
      clean = true;
    } finally {
      stopping.closed(err, clean);
    }
    return 0;
  }

  private void serve(ServerOptions options, PrintWriter out, PrintWriter err, Stopping stopping) throws Exception {
    try (Parallax parallax = data.open();
        FeedService feeds = FeedService.open(parallax, fetch.policy(), InstantSource.system());
        WebServer server = new WebServer(parallax, options, InstantSource.system(), feeds::pollingStatus, Mailer.fromEnvironment(System.getenv()))) {
      int bound = server.start();
      completeInBackground(parallax, err);
      if (!noPoll) {
        MeterRegistry meters = server.meters();
        Timer briefing = Timer.builder("parallax.brief").description("Briefing the stories a polling round changed").register(meters);
        feeds.start(
            Duration.ofSeconds(pollEvery),
            round -> {
              count(meters, round);
              if (!round.outcomes().isEmpty()) LOG.info("feeds: {}", round.summary());
              for (RoundReport.SourceOutcome o : round.outcomes())
                if (o.error() != null) LOG.warn("feeds: {} <{}> failed: {}", o.source().displayName(), o.source().url(), o.error());
              Timer.Sample started = Timer.start(meters);
              try {
                parallax.briefStories(round.stories(), done -> {}, f -> LOG.warn("feeds: cannot brief story {}: {}", f.storyId(), f.reason()));
              } catch (StoreException e) {
                LOG.error("feeds: cannot brief the stories that changed: {}", e.getMessage());
              } finally {
                if (!round.stories().isEmpty()) started.stop(briefing);
              }
            },
            e -> {
              // polling goes on; the failure shows at /api/health (to admins) and in parallax_poll_rounds_failed
              meters.counter("parallax.poll.rounds.failed").increment();
              if (e instanceof VirtualMachineError) LOG.error("feeds: polling round failed", e);
              else LOG.error("feeds: polling round failed: {}", e.toString());
            });
      }
      stopping.install();
      String shown = host.equals("0.0.0.0") ? "localhost" : host;
      out.println("Parallax is serving " + parallax.store().articleCount() + " articles at http://" + shown + ":" + bound + "/");
      if (noAccounts(parallax))
        out.println("No accounts yet. Make the first admin with `bin/parallax users add --admin EMAIL` (prints a password),"
            + " or sign up at http://" + shown + ":" + bound + "/signup: the first account made is the admin.");
      else out.println("Admins sign in at http://" + shown + ":" + bound + "/signin to edit picks and manage accounts.");
      if (options.adminToken() != null)
        out.println("PARALLAX_ADMIN_TOKEN is set: it still edits picks, but is deprecated; use an admin's script token (account page).");
      out.println(noPoll ? "Sources are not polled (--no-poll)." : "Polling due sources every " + pollEvery + " s.");
      if (!parallax.index().current())
        out.println("The search index was written by an older version: search works, but faster after `parallax reindex` (stop the server first).");
      out.flush();
      stopping.awaitRequest();
      err.println("parallax: stopping: closing the web server, the polling round in progress and the store");
      err.flush();
    } // closed here, in reverse order: the web server, the feeds (draining a round), then the store and index
  }

  /**
   * The shutdown hook and the serving thread, in step: on SIGTERM or Ctrl-C the hook asks the serving thread to
   * stop, then waits (at most {@link #STOP_BOUND}) until it has closed everything, because the JVM halts as soon
   * as the hooks return. It waits on a latch, not by joining the thread: the thread that returns from {@code
   * main} calls {@code System.exit}, which blocks while hooks run.
   */
  static final class Stopping {
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private Thread hook;

    void install() {
      hook = new Thread(this::stopAndWait, "parallax-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
    }

    void awaitRequest() throws InterruptedException {
      requested.await();
    }

    private void stopAndWait() {
      requested.countDown();
      try {
        if (!closed.await(STOP_BOUND.toSeconds(), TimeUnit.SECONDS))
          System.err.println("parallax: not stopped within " + STOP_BOUND.toSeconds() + " s; halting (pending work is completed at the next start)");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Called by the serving thread once everything is closed (or failed to open). */
    void closed(PrintWriter err, boolean clean) {
      if (requested.getCount() == 0 && clean) {
        err.println("parallax: stopped cleanly");
        err.flush();
      } else if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is shutting down already: the hook is running or about to, and waits for the latch below
        }
      }
      closed.countDown();
    }
  }

  /** Polls per source outcome and articles stored, as Prometheus counters (parallax_polls_total{outcome=...}). */
  private static void count(MeterRegistry meters, RoundReport round) {
    for (RoundReport.SourceOutcome o : round.outcomes()) {
      meters.counter("parallax.polls", "outcome", o.kind().name().toLowerCase(Locale.ROOT)).increment();
      meters.counter("parallax.articles.ingested").increment(o.added());
      meters.counter("parallax.items.failed").increment(o.failed());
    }
  }

  private static boolean noAccounts(Parallax parallax) throws StoreException {
    try (Accounts accounts = new Accounts(JdbcUserStore.open(parallax.config()), InstantSource.system())) {
      return accounts.empty();
    }
  }

  /**
   * Completes what a killed run left pending (articles not yet searchable, in no story or briefed) while the
   * server answers; nothing when nothing is pending, so a clean start still replays only when new items come.
   */
  private static void completeInBackground(Parallax parallax, PrintWriter err) throws StoreException {
    int pending = parallax.store().pendingCount();
    if (pending == 0) return;
    err.println("parallax: completing " + pending + " article(s) an interrupted run left, in the background");
    err.flush();
    Thread.ofPlatform().daemon().name("parallax-complete").start(() -> {
      try {
        err.println("parallax: " + parallax.completePending().summary());
      } catch (StoreException | RuntimeException e) {
        err.println("parallax: cannot complete what an interrupted run left: " + e.getMessage());
      }
      err.flush();
    });
  }
}

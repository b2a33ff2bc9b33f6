package dev.parallax.cli;

import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.JdbcUserStore;
import dev.parallax.app.Parallax;
import dev.parallax.store.StoreException;
import dev.parallax.feed.FeedService;
import dev.parallax.server.Mailer;
import dev.parallax.server.ServerOptions;
import dev.parallax.server.WebServer;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the reader's web app and the JSON API (/api, documented at /api/openapi.json) on the store.",
      "Admins sign in to mark picks and manage accounts (see `parallax users`); email for password resets goes",
      "through $PARALLAX_SMTP_HOST (_PORT, _USER, _PASSWORD, _TLS, _FROM), else to the log. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

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

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ServerOptions options = ServerOptions.of(host, port, adminToken, baseUrl, System.getenv());
    CountDownLatch stopped = new CountDownLatch(1);
    if (pollEvery < 1) {
      spec.commandLine().getErr().println("parallax: --poll-every must be at least 1 second: " + pollEvery);
      return 2;
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Parallax parallax = data.open();
        FeedService feeds = FeedService.open(parallax, fetch.policy(), InstantSource.system());
        WebServer server = new WebServer(parallax, options, InstantSource.system(), feeds::pollingStatus, Mailer.fromEnvironment(System.getenv()))) {
      int bound = server.start();
      completeInBackground(parallax, err);
      if (!noPoll) {
        feeds.start(
            Duration.ofSeconds(pollEvery),
            round -> {
              if (!round.outcomes().isEmpty()) {
                err.println("feeds: " + round.summary());
                err.flush();
              }
              try {
                parallax.briefStories(round.stories(), done -> {}, f -> err.println("feeds: cannot brief story " + f.storyId() + ": " + f.reason()));
              } catch (StoreException e) {
                err.println("feeds: cannot brief the stories that changed: " + e.getMessage());
              }
              err.flush();
            },
            e -> {
              // polling goes on; the failure shows at /api/health (to admins)
              err.println("feeds: polling round failed: " + e);
              if (e instanceof VirtualMachineError) e.printStackTrace(err);
              err.flush();
            });
      }
      Thread hook = new Thread(stopped::countDown, "parallax-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
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
      stopped.await();
    }
    return 0;
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

package dev.parallax.bench;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.feed.FeedPoller;
import dev.parallax.feed.FeedScheduler;
import dev.parallax.feed.JdbcSourceStore;
import dev.parallax.feed.NewSource;
import dev.parallax.feed.PollingStatus;
import dev.parallax.feed.RoundReport;
import dev.parallax.feed.Source;
import dev.parallax.fetch.FetchPolicy;
import dev.parallax.fetch.HttpFetcher;
import dev.parallax.server.ServerOptions;
import dev.parallax.server.WebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Readers served while sources misbehave: a server polls good feeds and faulty ones ({@link FaultySources}:
 * slow, trickling, huge, failing, resetting, malformed, redirecting in a loop) on a short tick, stores and
 * briefs what arrives as {@code serve} does, while readers ask for the home page, story pages, story JSON,
 * search and article pages. Prints the readers' p50/p99 per page, how polling went, and whether anything was
 * lost: every item of the good feeds stored, searchable and in a story. Usage: {@code bin/parallax bench
 * faults [READERS [REQUESTS]]}; defaults 8 readers × 200 requests.
 */
public final class FaultsBench {

  private FaultsBench() {}

  /**
   * @param tick how often the scheduler starts a round (each round polls every source)
   * @param fetchTimeout a whole fetch's limit; the slow source answers after twice that
   * @param baseline whether the readers run once first with nothing polled, for comparison
   */
  public record Settings(
      int goodFeeds, int perRequest, int maxItems, int hugeBytes, int readers, int requestsPerReader, Duration tick,
      Duration fetchTimeout, Duration deadline, boolean baseline) {

    public static final Settings BENCH =
        new Settings(6, 6, 30, 3 << 20, 8, 200, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMinutes(10), true);

    Settings withReaders(int readers, int requestsPerReader) {
      return new Settings(goodFeeds, perRequest, maxItems, hugeBytes, readers, requestsPerReader, tick, fetchTimeout, deadline, baseline);
    }
  }

  /**
   * What happened.
   *
   * @param missing good items not stored by the end (their tokens)
   * @param unsearchable good items a reader's search does not find
   * @param withoutStory stored articles in no story
   * @param readerErrors requests that did not answer 200 (the first few, with the status)
   * @param baseline per page, the readers' times with nothing polled, in milliseconds, sorted (empty if not run)
   * @param latencies per page, the readers' times while polling, in milliseconds, sorted
   * @param sourceErrors each faulty source's recorded error
   */
  public record Result(
      PollingStatus polling, List<String> roundErrors, int stored, int indexed, int expected, List<String> missing,
      List<String> unsearchable, List<String> withoutStory, boolean hugeStored, int hugeStoryStatus, long hugeStoryMillis,
      int requests, List<String> readerErrors, Map<String, double[]> baseline, Map<String, double[]> latencies,
      Map<String, String> sourceErrors) {}

  public static void main(String[] args) throws Exception {
    Settings s = Settings.BENCH;
    if (args.length > 0) s = s.withReaders(Integer.parseInt(args[0]), s.requestsPerReader());
    if (args.length > 1) s = s.withReaders(s.readers(), Integer.parseInt(args[1]));
    Result r = run(s);
    System.out.printf(Locale.ROOT, "%d good feeds (%d items each), %d faulty sources, %d readers x %d requests%n",
        s.goodFeeds(), s.maxItems(), FaultySources.FAULTY.size(), s.readers(), s.requestsPerReader());
    print("readers alone (nothing polled)", r.baseline());
    print("readers while polling with faults", r.latencies());
    PollingStatus p = r.polling();
    System.out.printf(Locale.ROOT, "polling: %d rounds ok, %d failed%s%n", p.roundsOk(), p.roundsFailed(),
        p.lastFailure() == null ? "" : " (last: " + p.lastFailure() + ")");
    r.sourceErrors().forEach((url, error) -> System.out.println("  " + url + ": " + error));
    System.out.printf(Locale.ROOT, "stored %d articles, %d indexed; good items %d, missing %d, unsearchable %d; in no story %d%n",
        r.stored(), r.indexed(), r.expected(), r.missing().size(), r.unsearchable().size(), r.withoutStory().size());
    System.out.printf(Locale.ROOT, "huge item stored: %s; its story page answered %d in %d ms%n", r.hugeStored(),
        r.hugeStoryStatus(), r.hugeStoryMillis());
    System.out.printf(Locale.ROOT, "reader errors: %d of %d%s%n", r.readerErrors().size(), r.requests(),
        r.readerErrors().isEmpty() ? "" : " " + r.readerErrors());
  }

  private static void print(String title, Map<String, double[]> latencies) {
    if (latencies.isEmpty()) return;
    System.out.println(title + ":");
    List<Double> all = new ArrayList<>();
    for (Map.Entry<String, double[]> e : latencies.entrySet()) {
      double[] t = e.getValue();
      for (double x : t) all.add(x);
      System.out.printf(Locale.ROOT, "  %-12s %5d requests: p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", e.getKey(), t.length,
          Readers.percentile(t, 0.5), Readers.percentile(t, 0.99), t[t.length - 1]);
    }
    double[] t = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "  %-12s %5d requests: p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", "all", t.length,
        Readers.percentile(t, 0.5), Readers.percentile(t, 0.99), t[t.length - 1]);
  }

  /** Runs the whole scenario in a temporary folder, removed at the end. */
  public static Result run(Settings s) throws Exception {
    Path dir = Files.createTempDirectory("parallax-faults-");
    InstantSource clock = InstantSource.system();
    FetchPolicy policy = FetchPolicy.DEFAULT.withAllowPrivateHosts(true).withTimeout(s.fetchTimeout());
    List<String> roundErrors = new CopyOnWriteArrayList<>();
    try (FaultySources web = new FaultySources(s.goodFeeds(), s.perRequest(), s.maxItems(), s.fetchTimeout().multipliedBy(2), s.hugeBytes());
        Parallax parallax = Parallax.open(Config.embedded(dir), clock);
        JdbcSourceStore sources = JdbcSourceStore.sqlite(dir, clock);
        HttpFetcher fetcher = new HttpFetcher(policy, clock);
        FeedPoller poller = new FeedPoller(sources, fetcher, parallax::ingestor, clock, FeedPoller.Settings.DEFAULT)) {
      for (String url : web.urls()) sources.add(NewSource.of(url));
      // readers find something to read from the start, as on a server that has been up a while
      RoundReport first = poller.pollAll();
      parallax.briefStories(first.stories(), done -> {});
      FeedScheduler scheduler =
          new FeedScheduler(
              poller::pollAll, s.tick(), clock,
              round -> {
                try {
                  parallax.briefStories(round.stories(), done -> {}, f -> roundErrors.add("brief " + f.storyId() + ": " + f.reason()));
                } catch (Exception e) {
                  roundErrors.add("briefing: " + e);
                }
              },
              e -> roundErrors.add(e.toString()));
      Result result;
      try (WebServer server = new WebServer(parallax, new ServerOptions("127.0.0.1", 0, null), clock, scheduler::status)) {
        String base = "http://127.0.0.1:" + server.start();
        Map<String, double[]> baseline = Map.of();
        // one unmeasured pass first, as on a server that has been up a while: compiled code, the front page and the
        // related stories of the top stories made in the background (WebBench waits for the same)
        new Readers(base, parallax, s.goodFeeds(), s.maxItems()).run(s.readers(), s.requestsPerReader());
        if (s.baseline()) baseline = new Readers(base, parallax, s.goodFeeds(), s.maxItems()).run(s.readers(), s.requestsPerReader());
        scheduler.start();
        Readers readers = new Readers(base, parallax, s.goodFeeds(), s.maxItems());
        Map<String, double[]> latencies = readers.run(s.readers(), s.requestsPerReader());
        // polling goes on until every good item was served and stored (a feed that timed out is read again on
        // the next round), bounded by the deadline
        long deadline = System.nanoTime() + s.deadline().toNanos();
        while (!(web.allServed() && allStored(parallax, web, s)) && System.nanoTime() < deadline) Thread.sleep(500);
        scheduler.stop(Duration.ofSeconds(60));
        parallax.briefStories(poller.pollAll().stories(), done -> {}); // nothing new: the round after the last
        result = check(parallax, sources, web, s, readers, scheduler.status(), roundErrors, baseline, latencies, base);
      }
      return result;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static boolean allStored(Parallax parallax, FaultySources web, Settings s) throws Exception {
    java.util.Set<String> urls = new java.util.HashSet<>();
    for (var a : parallax.store().articles()) urls.add(a.url());
    for (int k = 0; k < s.goodFeeds(); k++)
      for (int i = 0; i < web.served(k); i++) if (!urls.contains(FaultySources.link(k, i))) return false;
    return true;
  }

  private static Result check(
      Parallax parallax, JdbcSourceStore sources, FaultySources web, Settings s, Readers readers, PollingStatus polling,
      List<String> roundErrors, Map<String, double[]> baseline, Map<String, double[]> latencies, String base)
      throws Exception {
    List<String> missing = new ArrayList<>();
    List<String> unsearchable = new ArrayList<>();
    int expected = 0;
    java.util.Set<String> urls = new java.util.HashSet<>();
    for (var a : parallax.store().articles()) urls.add(a.url());
    Thread.sleep(1500); // the server's searcher refreshes on its own schedule
    for (int k = 0; k < s.goodFeeds(); k++) {
      for (int i = 0; i < web.served(k); i++) {
        expected++;
        String token = FaultySources.token(k, i);
        if (!urls.contains(FaultySources.link(k, i))) missing.add(token);
        else if (!readers.finds(token)) unsearchable.add(token);
      }
    }
    List<String> withoutStory = new ArrayList<>();
    for (String id : parallax.store().latestArticleIds(Integer.MAX_VALUE))
      if (parallax.store().storyOf(id).isEmpty()) withoutStory.add(id);
    var huge = parallax.index().search(FaultySources.HUGE_TOKEN, 1);
    int hugeStatus = -1;
    long hugeMillis = -1;
    if (!huge.isEmpty()) {
      var story = parallax.store().storyOf(huge.getFirst().articleId());
      if (story.isPresent()) {
        long t0 = System.nanoTime();
        hugeStatus = readers.status(base + "/stories/" + story.get().id());
        hugeMillis = (System.nanoTime() - t0) / 1_000_000;
      }
    }
    Map<String, String> sourceErrors = new TreeMap<>();
    for (Source src : sources.sources())
      if (src.status().lastError() != null) sourceErrors.put(src.url().substring(web.base().length()), src.status().lastError());
    return new Result(polling, roundErrors, parallax.store().articleCount(), parallax.index().size(), expected, missing,
        unsearchable, withoutStory, !huge.isEmpty(), hugeStatus, hugeMillis, readers.requests(), readers.errors(), baseline,
        latencies, sourceErrors);
  }
}

package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.domain.Article;
import dev.parallax.fetch.FetchPolicy;
import dev.parallax.fetch.HttpFetcher;
import dev.parallax.fetch.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2025-02-19T00:00:00Z"));
  private TestServer server;
  private Parallax parallax;
  private JdbcSourceStore sources;
  private HttpFetcher fetcher;
  private FeedPoller poller;

  @BeforeEach
  void open() throws Exception {
    server = new TestServer();
    parallax = Parallax.open(Config.embedded(dir), clock);
    sources = JdbcSourceStore.sqlite(dir, clock);
    fetcher = new HttpFetcher(FetchPolicy.DEFAULT.withAllowPrivateHosts(true).withTimeout(Duration.ofSeconds(2)), clock);
    poller = new FeedPoller(sources, fetcher, parallax::ingestor, clock, FeedPoller.Settings.DEFAULT);
  }

  @AfterEach
  void close() throws Exception {
    poller.close();
    fetcher.close();
    sources.close();
    parallax.close();
    server.close();
  }

  @Test
  void storesAFeedsItemsAndOnlyTheNewOnesWhenTheFeedChanges() throws Exception {
    AtomicReference<String> feed = new AtomicReference<>(rss("Daily", fullItem(1), fullItem(2)));
    server.route("/feed.xml", ex -> TestServer.send(ex, 200, "application/rss+xml", feed.get()));
    Source source = add("/feed.xml", "Daily Planet", false);

    RoundReport first = poller.pollDue();
    assertThat(first.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(RoundReport.Kind.UPDATED);
      assertThat(o.added()).isEqualTo(2);
    });
    List<Article> stored = parallax.store().articles();
    assertThat(stored).extracting(Article::title).containsExactly("Headline 2", "Headline 1"); // oldest first
    assertThat(stored.get(0).outletName()).isEqualTo("Daily Planet");
    assertThat(stored.get(0).published()).isEqualTo(Instant.parse("2025-02-18T02:00:00Z"));
    assertThat(stored.get(0).body()).contains("paragraph 3 of article 2");

    feed.set(rss("Daily", fullItem(3), fullItem(1), fullItem(2)));
    assertThat(poller.pollDue().outcomes()).as("not due before its interval").isEmpty();
    clock.advance(source.interval());
    RoundReport second = poller.pollDue();
    assertThat(second.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.items()).isEqualTo(1);
      assertThat(o.added()).isEqualTo(1);
    });
    assertThat(parallax.store().articleCount()).isEqualTo(3);
    assertThat(second.summary()).contains("polled 1 source", "1 updated", "new 1");
  }

  @Test
  void opensTheIngestPipelineOnlyWhenNewItemsArrive() throws Exception {
    java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
    try (FeedPoller lazy =
        new FeedPoller(sources, fetcher, () -> {
              opened.incrementAndGet();
              return parallax.ingestor();
            }, clock, FeedPoller.Settings.DEFAULT)) {
      AtomicReference<String> feed = new AtomicReference<>(rss("Daily"));
      server.route("/feed.xml", ex -> TestServer.send(ex, 200, "application/rss+xml", feed.get()));
      Source source = add("/feed.xml", "Daily Planet", false);
      lazy.pollDue();
      assertThat(opened).as("an empty feed needs no pipeline").hasValue(0);

      feed.set(rss("Daily", fullItem(1)));
      clock.advance(source.interval());
      assertThat(lazy.pollDue().outcomes()).singleElement().satisfies(o -> assertThat(o.added()).isEqualTo(1));
      assertThat(opened).hasValue(1);
    }
  }

  @Test
  void sendsValidatorsAndTakesA304AsSuccess() throws Exception {
    server.route("/feed.xml", ex -> {
      ex.getResponseHeaders().set("ETag", "\"v7\"");
      if ("\"v7\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) TestServer.send(ex, 304, null, "");
      else TestServer.send(ex, 200, "application/rss+xml", rss("Daily", fullItem(1)));
    });
    Source source = add("/feed.xml", null, false);
    poller.pollAll();
    assertThat(sources.source(source.id()).orElseThrow().status().etag()).isEqualTo("\"v7\"");
    RoundReport again = poller.pollAll();
    assertThat(again.outcomes()).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(RoundReport.Kind.NOT_MODIFIED));
    assertThat(server.lastHeader("/feed.xml", "If-None-Match")).isEqualTo("\"v7\"");
    Source after = sources.source(source.id()).orElseThrow();
    assertThat(after.status().errors()).isZero();
    assertThat(after.status().nextFetch()).isEqualTo(clock.instant().plus(after.interval()));
    assertThat(after.name()).as("no name given: the outlet is the feed's title").isNull();
    assertThat(parallax.store().articles()).singleElement().satisfies(a -> assertThat(a.outletName()).isEqualTo("Daily"));
  }

  @Test
  void fetchesTheArticlePageWhenTheFeedOnlyHasATeaser() throws Exception {
    server.body("/feed.xml", "application/rss+xml", rssAt(server.uri("/").toString(), "Teasers",
        "<item><title>Talks &amp;amp; more</title><link>/news/talks.html</link><guid>t1</guid>"
            + "<pubDate>Tue, 18 Feb 2025 09:00:00 GMT</pubDate><description>Officials met in Riyadh &#8230;</description></item>"));
    server.body("/news/talks.html", "text/html; charset=utf-8", page());
    add("/feed.xml", "Teaser Times", false);
    RoundReport round = poller.pollDue();
    assertThat(round.added()).isEqualTo(1);
    assertThat(server.hits("/news/talks.html")).isEqualTo(1);
    Article a = parallax.store().articles().get(0);
    assertThat(a.title()).isEqualTo("Talks & more");
    assertThat(a.url()).isEqualTo(server.uri("/news/talks.html").toString());
    assertThat(a.body()).contains("The delegations spoke for four and a half hours").doesNotContain("Subscribe to our newsletter");
    assertThat(a.published()).isEqualTo(Instant.parse("2025-02-18T09:00:00Z"));
  }

  @Test
  void backsOffWhenTheServerSaysTooManyRequests() throws Exception {
    server.route("/feed.xml", ex -> {
      ex.getResponseHeaders().set("Retry-After", "7200");
      TestServer.send(ex, 429, "text/plain", "slow down");
    });
    Source source = add("/feed.xml", null, false);
    RoundReport round = poller.pollDue();
    assertThat(round.outcomes()).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(RoundReport.Kind.RATE_LIMITED));
    Source after = sources.source(source.id()).orElseThrow();
    assertThat(after.status().nextFetch()).isEqualTo(clock.instant().plusSeconds(7200));
    assertThat(after.status().lastError()).contains("HTTP 429");
    clock.advance(Duration.ofHours(1));
    assertThat(poller.pollDue().notDue()).isEqualTo(1);
    assertThat(server.hits("/feed.xml")).isEqualTo(1);
  }

  @Test
  void aHostileOrBrokenFeedIsAnErrorOnItsSourceAndLosesNothingStored() throws Exception {
    AtomicReference<String> feed = new AtomicReference<>(rss("Daily", fullItem(1), fullItem(2)));
    server.route("/feed.xml", ex -> TestServer.send(ex, 200, "application/rss+xml", feed.get()));
    server.body("/good.xml", "application/rss+xml", rss("Good", fullItem(5)));
    Source source = add("/feed.xml", null, false);
    poller.pollDue();
    assertThat(parallax.store().articleCount()).isEqualTo(2);
    add("/good.xml", null, false);

    List<String> errors = new ArrayList<>();
    for (String hostile : List.of(Fixtures.text("xxe.xml"), Fixtures.text("laughs.xml"), "<rss><channel><item>", "\u0000\u0001binary")) {
      feed.set(hostile);
      clock.advance(Duration.ofDays(2));
      RoundReport round = poller.pollDue();
      RoundReport.SourceOutcome o = round.outcomes().stream().filter(x -> x.source().id() == source.id()).findFirst().orElseThrow();
      assertThat(o.kind()).isEqualTo(RoundReport.Kind.FAILED);
      errors.add(o.error());
    }
    assertThat(errors).allSatisfy(e -> assertThat(e).contains(server.uri("/feed.xml").toString()).doesNotContain("root:"));
    Source failing = sources.source(source.id()).orElseThrow();
    assertThat(failing.status().failing()).isTrue();
    assertThat(failing.status().errors()).isEqualTo(4);
    assertThat(failing.status().nextFetch())
        .as("backoff doubles per failure in a row: 30 min * 2^4")
        .isEqualTo(clock.instant().plus(Duration.ofHours(8)));
    assertThat(parallax.store().articles()).extracting(Article::title).containsExactly("Headline 2", "Headline 1", "Headline 5");

    feed.set(rss("Daily", fullItem(1), fullItem(2)));
    clock.advance(Duration.ofDays(2));
    poller.pollDue();
    assertThat(sources.source(source.id()).orElseThrow().status().failing()).as("recovers").isFalse();
  }

  @Test
  void refusesToFetchPrivateHostsUnlessAllowed() throws Exception {
    server.body("/feed.xml", "application/rss+xml", rss("Daily", fullItem(1)));
    Source source = add("/feed.xml", null, false);
    try (HttpFetcher strict = new HttpFetcher(FetchPolicy.DEFAULT, clock);
        FeedPoller strictPoller = new FeedPoller(sources, strict, parallax::ingestor, clock, FeedPoller.Settings.DEFAULT)) {
      RoundReport round = strictPoller.pollDue();
      assertThat(round.outcomes()).singleElement().satisfies(o -> {
        assertThat(o.kind()).isEqualTo(RoundReport.Kind.FAILED);
        assertThat(o.error()).contains("private address");
      });
    }
    assertThat(server.hits("/feed.xml")).isZero();
    assertThat(sources.source(source.id()).orElseThrow().status().lastError()).contains("private address");
  }

  @Test
  void aRedirectLoopOrSlowServerFailsOnlyItsSource() throws Exception {
    server.route("/loop", ex -> {
      ex.getResponseHeaders().set("Location", "/loop");
      TestServer.send(ex, 301, null, "");
    });
    server.route("/slow", ex -> {
      try {
        Thread.sleep(5000);
      } catch (InterruptedException e) {
        return;
      }
      TestServer.send(ex, 200, "application/rss+xml", rss("Slow", fullItem(9)));
    });
    server.body("/feed.xml", "application/rss+xml", rss("Daily", fullItem(1)));
    add("/loop", null, false);
    add("/slow", null, false);
    add("/feed.xml", null, false);
    long start = System.nanoTime();
    RoundReport round = poller.pollDue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    assertThat(round.outcomes()).hasSize(3);
    assertThat(round.count(RoundReport.Kind.FAILED)).isEqualTo(2);
    assertThat(round.outcomes()).filteredOn(o -> o.kind() == RoundReport.Kind.FAILED)
        .extracting(RoundReport.SourceOutcome::error)
        .anySatisfy(e -> assertThat(e).contains("redirect loop"))
        .anySatisfy(e -> assertThat(e).contains("timed out"));
    assertThat(parallax.store().articleCount()).isEqualTo(1);
  }

  @Test
  void followsAPermanentMoveOfTheFeedButNotATemporaryOne() throws Exception {
    server.route("/old.xml", ex -> {
      ex.getResponseHeaders().set("Location", "/new.xml");
      TestServer.send(ex, 301, null, "");
    });
    server.route("/elsewhere.xml", ex -> {
      ex.getResponseHeaders().set("Location", "/new.xml");
      TestServer.send(ex, 302, null, "");
    });
    server.body("/new.xml", "application/rss+xml", rss("Moved", fullItem(1)));
    Source moved = add("/old.xml", null, false);
    Source visiting = add("/elsewhere.xml", null, false);
    RoundReport round = poller.pollDue();
    assertThat(round.count(RoundReport.Kind.UPDATED)).isEqualTo(2);
    assertThat(sources.source(moved.id()).orElseThrow().url()).isEqualTo(server.uri("/new.xml").toString());
    assertThat(sources.source(visiting.id()).orElseThrow().url()).isEqualTo(server.uri("/elsewhere.xml").toString());
    assertThat(parallax.store().articleCount()).as("the same item through two sources is stored once").isEqualTo(1);
  }

  @Test
  void remembersWhichSourceAMembersOnlyArticleCameFrom() throws Exception {
    server.body("/feed.xml", "application/rss+xml", rss("Club", fullItem(1)));
    add("/feed.xml", "Club", true);
    poller.pollDue();
    Article a = parallax.store().articles().get(0);
    assertThat(sources.sourceOfArticle(a.id())).hasValueSatisfying(s -> assertThat(s.membersOnly()).isTrue());
  }

  @Test
  void theSchedulerPollsUntilStopped() throws Exception {
    server.body("/feed.xml", "application/rss+xml", rss("Daily", fullItem(1)));
    add("/feed.xml", null, false);
    List<RoundReport> rounds = new java.util.concurrent.CopyOnWriteArrayList<>();
    FeedScheduler scheduler = new FeedScheduler(poller, Duration.ofMillis(20), rounds::add, e -> {});
    scheduler.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (rounds.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
    scheduler.stop(Duration.ofSeconds(5));
    assertThat(scheduler.running()).isFalse();
    assertThat(rounds).isNotEmpty();
    assertThat(parallax.store().articleCount()).isEqualTo(1);
    assertThat(server.hits("/feed.xml")).as("not due again while the clock stands still").isEqualTo(1);
  }

  private Source add(String path, String name, boolean membersOnly) throws Exception {
    return sources.add(new NewSource(server.uri(path).toString(), name, null, null, null, membersOnly, null)).source();
  }

  static String rss(String title, String... items) {
    return rssAt("https://daily.example.com/", title, items);
  }

  static String rssAt(String link, String title, String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>" + title + "</title><link>" + link + "</link><description>d</description>"
        + String.join("\n", items) + "</channel></rss>";
  }

  static String fullItem(int n) {
    StringBuilder body = new StringBuilder();
    for (int p = 1; p <= 5; p++)
      body.append("<p>This is paragraph ").append(p).append(" of article ").append(n)
          .append(". It reports in plain words what happened on the day, who said what and where it took place,")
          .append(" with enough detail to read as a real news article rather than a teaser.</p>");
    return "<item><title>Headline " + n + "</title><link>https://daily.example.com/a/" + n + "</link><guid>id-" + n
        + "</guid><pubDate>" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.parse("2025-02-18T00:00:00Z").plus(Duration.ofHours(n)).atOffset(java.time.ZoneOffset.UTC))
        + "</pubDate><description>Teaser " + n + "</description><content:encoded><![CDATA[" + body
        + "]]></content:encoded></item>";
  }

  static String page() {
    return """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks in Riyadh | Teaser Times</title></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Talks in Riyadh</h1>
        <p>The delegations spoke for four and a half hours in a palace in the Saudi capital on Tuesday, officials said afterwards.</p>
        <p>Both sides agreed to restore staff at their embassies and to set up a team to work towards ending the war.</p>
        <p>The foreign ministers described the meeting as useful, though neither would say what had been agreed on sanctions.</p>
        <p>Ukraine, which was not invited, said it would not accept any outcome decided without it.</p>
        </article>
        <aside><p>Subscribe to our newsletter for more news every morning.</p></aside>
        <footer>Copyright Teaser Times</footer></body></html>
        """;
  }
}

package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.fetch.FetchPolicy;
import dev.parallax.fetch.HttpFetcher;
import dev.parallax.fetch.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriptionsTest {

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2025-02-19T00:00:00Z"));
  private TestServer server;
  private JdbcSourceStore store;
  private HttpFetcher fetcher;
  private Subscriptions subscriptions;

  @BeforeEach
  void open() throws Exception {
    server = new TestServer();
    store = JdbcSourceStore.sqlite(dir, clock);
    fetcher = new HttpFetcher(FetchPolicy.DEFAULT.withAllowPrivateHosts(true).withTimeout(Duration.ofSeconds(2)), clock);
    subscriptions = new Subscriptions(store, fetcher, clock);
  }

  @AfterEach
  void close() throws Exception {
    fetcher.close();
    store.close();
    server.close();
  }

  @Test
  void addsAFeedUrlWithTheFeedsOwnNameAndHomepage() throws Exception {
    server.body("/atom.xml", "application/atom+xml", Fixtures.text("atom.xml"));
    var result = subscriptions.add(new NewSource(server.uri("/atom.xml").toString(), null, null, null, "Tech", false, null));
    assertThat(result).isInstanceOf(SourceStore.AddResult.Added.class);
    Source s = result.source();
    assertThat(s.name()).isEqualTo("Atom Post");
    assertThat(s.homepage()).isEqualTo("https://atom.example.com/blog/");
    assertThat(s.icon()).isEqualTo("https://atom.example.com/favicon.ico");
    assertThat(s.category()).isEqualTo("Tech");
    assertThat(subscriptions.add(NewSource.of(server.uri("/atom.xml").toString())))
        .isInstanceOf(SourceStore.AddResult.Existing.class);
  }

  @Test
  void discoversTheFeedOfASiteFromItsAlternateLink() throws Exception {
    server.body("/", "text/html; charset=utf-8", Fixtures.text("page.html"));
    server.body("/feed.xml", "application/rss+xml", Fixtures.text("rss2.xml"));
    Source s = subscriptions.add(new NewSource(server.uri("/").toString(), "My Name", null, null, null, true, null)).source();
    assertThat(s.url()).isEqualTo(server.uri("/feed.xml").toString());
    assertThat(s.name()).as("the user's name wins").isEqualTo("My Name");
    assertThat(s.membersOnly()).isTrue();
    assertThat(s.homepage()).isEqualTo("https://news.example.org/");
    assertThat(server.hits("/atom.xml")).as("the first working feed is taken").isZero();
  }

  @Test
  void saysWhenAPageAnnouncesNoFeed() {
    server.body("/plain", "text/html", "<html><head><title>x</title></head><body>nothing</body></html>");
    assertThatThrownBy(() -> subscriptions.add(NewSource.of(server.uri("/plain").toString())))
        .isInstanceOf(Subscriptions.NoFeedException.class)
        .hasMessageContaining("announces none");
  }

  @Test
  void importsOpmlAndExportsItBack() throws Exception {
    String opml = """
        <opml version="2.0"><body>
          <outline text="World"><outline text="A" xmlUrl="https://a.example/rss"/><outline text="B" xmlUrl="ftp://b.example/rss"/></outline>
          <outline text="C" xmlUrl="https://c.example/rss"/>
        </body></opml>
        """;
    var report = subscriptions.importOpml(opml.getBytes(StandardCharsets.UTF_8), "subs.opml");
    assertThat(report.added()).isEqualTo(2);
    assertThat(report.problems()).singleElement().asString().contains("ftp://b.example/rss");
    assertThat(subscriptions.importOpml(opml.getBytes(StandardCharsets.UTF_8), "subs.opml").existing()).isEqualTo(2);
    assertThat(store.sourceByUrl("https://a.example/rss")).hasValueSatisfying(s -> assertThat(s.category()).isEqualTo("World"));
    String exported = subscriptions.exportOpml();
    assertThat(Opml.read(exported.getBytes(StandardCharsets.UTF_8), "export"))
        .extracting(NewSource::url, NewSource::category)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("https://c.example/rss", null),
            org.assertj.core.groups.Tuple.tuple("https://a.example/rss", "World"));
  }
}

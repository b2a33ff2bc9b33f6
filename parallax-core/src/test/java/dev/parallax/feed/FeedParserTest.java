package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private final FeedParser parser = new FeedParser(InstantSource.fixed(Instant.parse("2025-02-19T00:00:00Z")));
  private static final URI BASE = URI.create("https://news.example.org/feed.xml");

  @Test
  void readsRss2WithHtmlTitlesRelativeLinksMissingGuidsAndBadDates() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.bytes("rss2.xml"), "application/rss+xml", BASE);
    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.title()).isEqualTo("The Daily & Weekly");
    assertThat(feed.homepage()).isEqualTo("https://news.example.org/");
    assertThat(feed.icon()).isEqualTo("https://news.example.org/icon.png");
    assertThat(feed.entries()).hasSize(3);
    ParsedFeed.Entry first = feed.entries().get(0);
    assertThat(first.title()).isEqualTo("Talks in Riyadh & beyond");
    assertThat(first.url()).isEqualTo("https://news.example.org/2025/02/18/talks");
    assertThat(first.key()).isEqualTo("talks-1");
    assertThat(first.published()).isEqualTo(Instant.parse("2025-02-18T09:30:00Z"));
    assertThat(first.author()).isEqualTo("Sam Reporter");
    assertThat(first.contentHtml()).contains("Full text paragraph two.");
    ParsedFeed.Entry second = feed.entries().get(1);
    assertThat(second.key()).isEqualTo("https://news.example.org/2025/02/17/no-guid");
    assertThat(second.published()).isNull();
    ParsedFeed.Entry third = feed.entries().get(2);
    assertThat(third.url()).isNull();
    assertThat(third.key()).startsWith("sha256:");
  }

  @Test
  void readsRss091WithItsNetscapeDoctype() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.bytes("rss091.xml"), null, URI.create("http://old.example.com/rss"));
    assertThat(feed.title()).isEqualTo("Old School");
    assertThat(feed.language()).isEqualTo("en");
    assertThat(feed.entries()).singleElement().satisfies(e -> assertThat(e.url()).isEqualTo("http://old.example.com/first.html"));
  }

  @Test
  void readsRss10Rdf() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.bytes("rss10.rdf"), "application/rdf+xml", URI.create("https://rdf.example.net/rss"));
    assertThat(feed.format()).isEqualTo("rss_1.0");
    assertThat(feed.entries()).singleElement().satisfies(e -> {
      assertThat(e.title()).isEqualTo("RDF item");
      assertThat(e.published()).isEqualTo(Instant.parse("2025-02-18T08:00:00Z"));
    });
  }

  @Test
  void readsAtomResolvingLinksAgainstTheFeedsOwnLinkAndDroppingFutureDates() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.bytes("atom.xml"), "application/atom+xml", URI.create("https://atom.example.com/feed"));
    assertThat(feed.format()).isEqualTo("atom_1.0");
    assertThat(feed.title()).isEqualTo("Atom Post");
    assertThat(feed.entries()).hasSize(2);
    ParsedFeed.Entry one = feed.entries().get(0);
    assertThat(one.url()).isEqualTo("https://atom.example.com/blog/posts/one");
    assertThat(one.author()).isEqualTo("Ann Author");
    assertThat(one.contentHtml()).contains("Content one");
    assertThat(one.summaryHtml()).contains("Summary one");
    assertThat(feed.entries().get(1).published()).as("a 2099 date is not plausible").isNull();
  }

  @Test
  void readsJsonFeed() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.bytes("feed.json"), "application/feed+json", URI.create("https://json.example.com/feed.json"));
    assertThat(feed.title()).isEqualTo("JSON News");
    assertThat(feed.icon()).isEqualTo("https://json.example.com/icon.png");
    assertThat(feed.entries()).hasSize(3);
    ParsedFeed.Entry first = feed.entries().get(0);
    assertThat(first.url()).isEqualTo("https://json.example.com/posts/1");
    assertThat(first.title()).isEqualTo("First & foremost");
    assertThat(first.published()).isEqualTo(Instant.parse("2025-02-18T09:00:00Z"));
    assertThat(first.author()).isEqualTo("Jay Son");
    ParsedFeed.Entry second = feed.entries().get(1);
    assertThat(second.url()).isEqualTo("https://elsewhere.example.com/x");
    assertThat(second.contentHtml()).isEqualTo("<p>Plain one.</p>\n<p>Plain two.</p>\n");
    assertThat(second.published()).isNull();
    assertThat(feed.entries().get(2).key()).isEqualTo("https://json.example.com/posts/3");
  }

  @Test
  void readsUtf8BytesDeclaredAsLatin1AsUtf8() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.bytes("wrong-encoding.xml"), "text/xml; charset=ISO-8859-1", URI.create("https://zz.example.ch/rss"));
    assertThat(feed.title()).isEqualTo("Zürich Zeitung");
    assertThat(feed.entries().get(0).title()).isEqualTo("Café in Zürich — news");
  }

  @Test
  void readsWindows1252BytesDeclaredAsUtf8() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 \u2013 d\u00e9j\u00e0</title>"
        + "<link>https://w.example/</link><description>d</description></channel></rss>";
    ParsedFeed feed = parser.parse(xml.getBytes(Charset.forName("windows-1252")), "application/xml", URI.create("https://w.example/rss"));
    assertThat(feed.title()).isEqualTo("Caf\u00e9 \u2013 d\u00e9j\u00e0");
  }

  @Test
  void readsWindows1252BytesDeclaredCorrectly() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>\u201cQuoted\u201d na\u00efve</title>"
        + "<link>https://w.example/</link><description>d</description></channel></rss>";
    ParsedFeed feed = parser.parse(xml.getBytes(Charset.forName("windows-1252")), null, URI.create("https://w.example/rss"));
    assertThat(feed.title()).isEqualTo("\u201cQuoted\u201d na\u00efve");
  }

  @Test
  void readsUtf16WithItsByteOrderMark() throws Exception {
    String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a</title>"
        + "<link>https://u.example/</link><description>d</description></channel></rss>";
    ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_16BE), null, URI.create("https://u.example/rss"));
    assertThat(feed.title()).isEqualTo("\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a");
  }

  @Test
  void refusesAnExternalEntityWithoutReadingIt() {
    assertThatThrownBy(() -> parser.parse(Fixtures.bytes("xxe.xml"), "application/rss+xml", URI.create("https://evil.example.com/rss")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("https://evil.example.com/rss")
        .hasMessageNotContaining("root:");
  }

  @Test
  void refusesEntityExpansion() {
    assertThatThrownBy(() -> parser.parse(Fixtures.bytes("laughs.xml"), null, URI.create("https://x.example/rss")))
        .isInstanceOf(FeedParseException.class);
  }

  @Test
  void saysAnHtmlPageIsNotAFeed() {
    assertThatThrownBy(() -> parser.parse(Fixtures.bytes("page.html"), "text/html", BASE))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("HTML page");
  }

  @Test
  void reportsMalformedFeedsWithTheirOrigin() {
    for (String bad : new String[] {"", "garbage", "<rss><channel><title>x</title>", "{\"items\": 3", "{\"hello\": 1}", "<foo/>"}) {
      assertThatThrownBy(() -> parser.parse(bad.getBytes(StandardCharsets.UTF_8), null, BASE))
          .as(bad)
          .isInstanceOf(FeedParseException.class)
          .hasMessageStartingWith(BASE.toString());
    }
  }

  @Test
  void keepsAtMostTheItemLimit() throws Exception {
    StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title><link>https://m.example/</link><description>d</description>");
    for (int i = 0; i < FeedParser.MAX_ITEMS + 50; i++) xml.append("<item><guid>g").append(i).append("</guid><title>t</title></item>");
    xml.append("</channel></rss>");
    ParsedFeed feed = parser.parse(xml.toString().getBytes(StandardCharsets.UTF_8), null, BASE);
    assertThat(feed.entries()).hasSize(FeedParser.MAX_ITEMS);
  }
}

package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Feeds as hostile servers send them (RSS, Atom, JSON Feed, anything): the parser either reads one, bounded,
 * or refuses it with a {@link FeedParseException} naming where it came from; nothing else escapes. Runs over
 * the committed inputs in every build; {@code bin/fuzz FeedParserFuzzTest MINUTES} fuzzes it.
 */
class FeedParserFuzzTest {

  private static final URI BASE = URI.create("https://feeds.example/news/rss.xml");
  private static final FeedParser PARSER = new FeedParser(InstantSource.fixed(Instant.parse("2025-06-01T00:00:00Z")));

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] body) {
    try {
      ParsedFeed feed = PARSER.parse(body, null, BASE);
      assertThat(feed.entries()).hasSizeLessThanOrEqualTo(FeedParser.MAX_ITEMS);
      for (ParsedFeed.Entry e : feed.entries()) {
        assertThat(e.key()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
        if (e.url() != null) assertThat(e.url()).matches("(?i)https?:.*");
      }
    } catch (FeedParseException e) {
      assertThat(e.origin()).isEqualTo(BASE.toString());
      assertThat(e.reason()).isNotBlank();
    }
  }
}

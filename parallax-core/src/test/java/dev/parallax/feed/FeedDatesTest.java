package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDatesTest {

  private final FeedParser parser = new FeedParser(InstantSource.fixed(Instant.parse("2025-03-01T00:00:00Z")));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tue, 18 Feb 2025 09:30:00 GMT|2025-02-18T09:30:00Z",
        "Tue, 18 Feb 2025 09:30:00 EST|2025-02-18T14:30:00Z",
        "18 Feb 2025 09:30:00 +0100|2025-02-18T08:30:00Z",
        "Tue, 18 Feb 2025 09:30 GMT|2025-02-18T09:30:00Z",
        "2025-02-18T09:30:00+01:00|2025-02-18T08:30:00Z",
        "Tuesday, 18 February 2025 09:30:00 GMT|2025-02-18T09:30:00Z",
        "Tue, 18 Feb 2025 09:30:00 +01:00|2025-02-18T08:30:00Z",
        "2025-02-18 09:30:00|2025-02-18T09:30:00Z",
        "Tue,18 Feb 2025 09:30:00 GMT|2025-02-18T09:30:00Z",
        "Tue, 18 Feb 25 09:30:00 GMT|2025-02-18T09:30:00Z"
      })
  void readsTheDateShapesFoundInRealFeeds(String raw, String expected) throws Exception {
    assertThat(published(raw)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void givesNoDateRatherThanAWrongOne() throws Exception {
    assertThat(published("18.02.2025")).isNull();
    assertThat(published("last Tuesday")).isNull();
    assertThat(published("Tue, 31 Feb 2025 09:30:00 GMT")).isNull();
  }

  private Instant published(String raw) throws Exception {
    String xml = "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description>"
        + "<item><guid>g</guid><title>t</title><pubDate>" + raw + "</pubDate></item></channel></rss>";
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, URI.create("https://x.example/f")).entries().get(0).published();
  }
}

package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * OPML files as users upload them: read into at most {@link Opml#MAX_OUTLINES} sources, or refused with a
 * {@link FeedParseException} naming the file; nothing else escapes.
 */
class OpmlFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void read(byte[] opml) {
    try {
      List<NewSource> sources = Opml.read(opml, "upload.opml");
      assertThat(sources).hasSizeLessThanOrEqualTo(Opml.MAX_OUTLINES);
      for (NewSource s : sources) assertThat(s.url()).isNotBlank();
    } catch (FeedParseException e) {
      assertThat(e.origin()).isEqualTo("upload.opml");
      assertThat(e.reason()).isNotBlank();
    }
  }
}

package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.ingest.SourceDocument;

/**
 * Plain-text files (header lines, paragraphs, furniture to clean away) in any bytes: extraction gives a
 * bounded article or an {@link ExtractionException} naming the file; nothing else escapes.
 */
class TextExtractorFuzzTest {

  private static final Extractor EXTRACTOR = DocumentExtractor.standard();

  @FuzzTest(maxDuration = "5m")
  void extract(byte[] text) {
    SourceDocument doc = new SourceDocument("story.txt", "story.txt", null, SourceDocument.Format.TEXT, text, null);
    try {
      Extraction e = EXTRACTOR.extract(doc);
      assertThat(e.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
      assertThat(e.body().length()).isLessThanOrEqualTo(TextExtractor.MAX_CHARS);
    } catch (ExtractionException x) {
      assertThat(x.origin()).isEqualTo("story.txt");
      assertThat(x.reason()).isNotBlank();
    }
  }
}

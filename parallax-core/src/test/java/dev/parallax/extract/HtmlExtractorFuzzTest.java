package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.ingest.SourceDocument;

/**
 * Pages as any site serves them: extraction gives a bounded article or an {@link ExtractionException} naming
 * the page; nothing else escapes.
 */
class HtmlExtractorFuzzTest {

  private static final Extractor EXTRACTOR = DocumentExtractor.standard();

  @FuzzTest(maxDuration = "5m")
  void extract(byte[] page) {
    SourceDocument doc =
        new SourceDocument(
            "page.html", "page.html", "https://news.example/a/1", SourceDocument.Format.HTML, page, null);
    try {
      Extraction e = EXTRACTOR.extract(doc);
      assertThat(e.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
      assertThat(e.body().length()).isLessThanOrEqualTo(HtmlDecoder.MAX_CHARS);
    } catch (ExtractionException x) {
      assertThat(x.origin()).isEqualTo("page.html");
      assertThat(x.reason()).isNotBlank();
    }
  }
}

package dev.parallax.extract;

import dev.parallax.ingest.SourceDocument;
import java.util.Objects;

/**
 * The extractor the pipeline uses: picks the HTML or the plain-text extractor by the document's format and
 * lets metadata the source supplied (JSONL fields, feed entries) win over what extraction found.
 */
public final class DocumentExtractor implements Extractor {

  private final Extractor html;
  private final Extractor text;

  public DocumentExtractor(Extractor html, Extractor text) {
    this.html = Objects.requireNonNull(html, "html");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The default pair of extractors. */
  public static DocumentExtractor standard() {
    return new DocumentExtractor(new HtmlExtractor(), new TextExtractor());
  }

  @Override
  public Extraction extract(SourceDocument document) throws ExtractionException {
    Extraction found =
        switch (document.format()) {
          case HTML -> html.extract(document);
          case TEXT -> text.extract(document);
        };
    if (found.paragraphs().isEmpty())
      throw new ExtractionException(document.origin(), "no article text found");
    SourceDocument.Given given = document.given();
    return new Extraction(
        firstNonNull(given.title(), found.title()),
        found.byline(),
        firstNonNull(given.outlet(), found.outlet()),
        found.section(),
        firstNonNull(given.published(), found.published()),
        firstNonNull(given.language(), found.language()),
        found.leadImage(),
        found.paragraphs(),
        found.captions(),
        found.removed());
  }

  private static <T> T firstNonNull(T a, T b) {
    return a != null ? a : b;
  }
}

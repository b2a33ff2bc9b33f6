package dev.parallax.extract;

import dev.parallax.ingest.SourceDocument;
import java.util.Arrays;
import java.util.List;

/**
 * Plain text: splits it into paragraphs, reads the title, byline, section, outlet and date the first lines
 * carry, and cuts furniture (sign-up walls, newsletter plugs, photo credits, captions, related links,
 * navigation) by line shape and layout, keeping every cut with its reason.
 */
public final class TextExtractor implements Extractor {

  /** Characters read from one text; no article is longer, and it bounds the cost of a huge file. */
  static final int MAX_CHARS = 2 << 20;

  @Override
  public Extraction extract(SourceDocument document) throws ExtractionException {
    if (document.content().length == 0) throw new ExtractionException(document.origin(), "empty document");
    String text = Texts.decode(document.content());
    if (text.length() > MAX_CHARS) text = text.substring(0, MAX_CHARS);
    List<String> paragraphs = TextParagraphs.split(text);
    if (paragraphs.isEmpty()) throw new ExtractionException(document.origin(), "no text");
    int firstProse = 0;
    while (firstProse < paragraphs.size() && !LineClassifier.isProse(paragraphs.get(firstProse))) firstProse++;
    if (firstProse == paragraphs.size()) firstProse = 0;
    TextHeader.Found head = TextHeader.read(paragraphs.subList(0, firstProse));
    boolean[] skip = Arrays.copyOf(head.used(), paragraphs.size());
    TextCleaner.Cleaned cleaned = TextCleaner.clean(paragraphs, skip);
    return new Extraction(
        head.title(),
        head.byline(),
        head.outlet(),
        head.section(),
        head.published(),
        Languages.guess(String.join(" ", cleaned.paragraphs())),
        null,
        cleaned.paragraphs(),
        cleaned.captions(),
        cleaned.removed());
  }
}

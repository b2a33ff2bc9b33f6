package dev.parallax.extract;

import dev.parallax.ingest.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: one paragraph per non-blank line (or per block of lines separated by blank lines when the
 * text is hard-wrapped). Boilerplate detection is not done here yet; see the extraction issue.
 */
public final class TextExtractor implements Extractor {

  @Override
  public Extraction extract(SourceDocument document) throws ExtractionException {
    String text = Texts.decode(document.content()).replace("\r\n", "\n").replace('\r', '\n');
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\n")) {
      String p = Texts.normalizeSpace(line);
      if (!p.isEmpty()) paragraphs.add(p);
    }
    if (paragraphs.isEmpty()) throw new ExtractionException(document.origin(), "no text");
    return new Extraction(null, null, null, null, null, null, null, paragraphs, List.of(), List.of());
  }
}

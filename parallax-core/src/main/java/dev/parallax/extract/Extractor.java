package dev.parallax.extract;

import dev.parallax.ingest.SourceDocument;

/** Turns one raw document into an {@link Extraction}. Implementations are stateless and thread-safe. */
public interface Extractor {

  Extraction extract(SourceDocument document) throws ExtractionException;
}

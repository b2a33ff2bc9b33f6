package dev.parallax.ingest;

import java.util.stream.Stream;

/** Where documents come from: files on disk now, feeds and pages later. */
public interface DocumentSource {

  /** An estimate of how many items {@link #read()} yields, for progress display; -1 if unknown. */
  long estimatedSize();

  /** The documents, lazily; each read problem is a {@link ReadResult.Failed}, never an exception. */
  Stream<ReadResult> read();
}

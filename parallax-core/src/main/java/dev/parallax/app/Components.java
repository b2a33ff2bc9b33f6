package dev.parallax.app;

import dev.parallax.brief.Briefer;
import dev.parallax.brief.ExtractiveBriefer;
import dev.parallax.cluster.StreamingClusterer;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.extract.DocumentExtractor;
import dev.parallax.extract.Extractor;

/**
 * Chooses the implementation of each pipeline stage. Every command and the server get their parts here, so
 * swapping a stage is a change in one place.
 */
public final class Components {

  private Components() {}

  public static Extractor extractor() {
    return DocumentExtractor.standard();
  }

  /** A fresh clusterer with no stories yet. */
  public static StoryClusterer clusterer() {
    return StreamingClusterer.standard();
  }

  public static Briefer briefer() {
    return new ExtractiveBriefer();
  }
}

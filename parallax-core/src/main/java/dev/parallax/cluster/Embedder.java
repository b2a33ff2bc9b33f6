package dev.parallax.cluster;

/** Turns a short text into a unit-length sentence embedding, in process. */
@FunctionalInterface
public interface Embedder {

  /** The embedding of {@code text}, normalised to length 1. */
  float[] embed(String text);

  /** Which model this is, as stored beside its vectors: vectors of another model are never mixed in. */
  default String name() {
    return getClass().getName();
  }
}

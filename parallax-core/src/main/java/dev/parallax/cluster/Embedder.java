package dev.parallax.cluster;

/** Turns a short text into a unit-length sentence embedding, in process. */
public interface Embedder {

  /** The embedding of {@code text}, normalised to length 1, of {@link #dimension()} values. */
  float[] embed(String text);

  /**
   * Which model this is, stored beside its vectors: vectors of another model are never mixed in. It must
   * stay the same from one run to the next.
   */
  String name();

  /** How many values each embedding has; a stored vector of another length is not used. */
  int dimension();
}

package dev.parallax.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * MiniLM with every text's embedding kept, for developer tools that cluster the same streams many times.
 * It stands for the model it wraps: same name, same vectors.
 */
final class CachedEmbedder implements Embedder {

  private final Embedder model = new MiniLmEmbedder();
  private final Map<String, float[]> cache = new HashMap<>();

  @Override
  public float[] embed(String text) {
    return cache.computeIfAbsent(text, model::embed).clone();
  }

  @Override
  public String name() {
    return model.name();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }
}

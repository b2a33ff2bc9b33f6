package dev.parallax.cluster;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, shipped inside a Maven artifact, so nothing is downloaded at run time).
 * About 10 ms per short text on two cores, so callers embed a title and lead, not whole articles. Every
 * instance shares one loaded model (about 250 MB resident, loaded on first use): the clusterer and the brief's
 * citation check both embed, and a process needs the model once.
 */
public final class MiniLmEmbedder implements Embedder {

  /** The model, immutable once loaded and safe to call from several threads. */
  private static final class Model {
    static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  @Override
  public String name() {
    return "all-minilm-l6-v2-q";
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public float[] embed(String text) {
    float[] v = Model.INSTANCE.embed(text.isBlank() ? "(empty)" : text).content().vector();
    double norm = 0;
    for (float x : v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) for (int i = 0; i < v.length; i++) v[i] /= (float) norm;
    return v;
  }
}

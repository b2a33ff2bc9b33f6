package dev.parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models (Universal Dependencies EWT), read once from the classpath where their Maven
 * artifacts put them. Models are thread-safe; the tools built on them are not.
 */
final class TextModels {

  /** {@code -Dparallax.nlp.beam=3} (in {@code PARALLAX_JAVA_OPTS}) restores the published beam. */
  static final int BEAM = Integer.getInteger("parallax.nlp.beam", 1);

  private TextModels() {}

  private static final class Sentence {
    static final SentenceModel MODEL = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
  }

  private static final class Pos {
    static final POSModel MODEL = withBeam(load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new), BEAM);
  }

  /**
   * The POS model with a beam of {@code beam} sequences instead of the published three. Measured on the
   * 383 clustering-dev articles ({@code bench nlp}): one beam tags 176 articles/s on one thread against 114, and
   * finds the same 19,368 names and 2,110 quotes; the annotated fixtures score the same (NlpQualityTest).
   */
  private static POSModel withBeam(POSModel model, int beam) {
    MaxentModel maxent = model.getArtifact("pos.model");
    return new POSModel(model.getLanguage(), maxent, beam, Map.of(), model.getFactory());
  }

  static SentenceModel sentences() {
    return Sentence.MODEL;
  }

  static TokenizerModel tokens() {
    return Tokens.MODEL;
  }

  static POSModel pos() {
    return Pos.MODEL;
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Reader<T> reader) {
    try (InputStream in = TextModels.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP model " + resource, e);
    }
  }
}

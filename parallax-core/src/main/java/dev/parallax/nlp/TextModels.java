package dev.parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models (Universal Dependencies EWT), read once from the classpath where their Maven
 * artifacts put them. Models are thread-safe; the tools built on them are not.
 */
final class TextModels {

  private TextModels() {}

  private static final class Sentence {
    static final SentenceModel MODEL = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
  }

  private static final class Pos {
    static final POSModel MODEL = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
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

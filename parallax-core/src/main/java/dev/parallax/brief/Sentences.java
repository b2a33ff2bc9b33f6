package dev.parallax.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/** Splits paragraphs into sentences with OpenNLP's English sentence model (shipped as a Maven artifact). */
final class Sentences {

  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final SentenceModel SHARED = load();

  private final SentenceDetectorME detector = new SentenceDetectorME(SHARED);

  private static SentenceModel load() {
    try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
      if (in == null) throw new IllegalStateException("OpenNLP sentence model missing from the classpath: " + MODEL);
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
    }
  }

  /**
   * The sentences of one paragraph, trimmed; the detector is not thread-safe, so calls are serialised. A
   * split right after an initialism ("a summit between U.S. | President Donald Trump") is undone: the
   * model takes the initialism's full stop for a sentence end.
   */
  synchronized List<String> split(String paragraph) {
    List<String> out = new ArrayList<>();
    for (String s : detector.sentDetect(paragraph)) {
      String t = s.strip();
      if (t.isEmpty()) continue;
      int last = out.size() - 1;
      if (last >= 0 && INITIALISM_END.matcher(out.get(last)).find()) out.set(last, out.get(last) + " " + t);
      else out.add(t);
    }
    return out;
  }

  private static final java.util.regex.Pattern INITIALISM_END =
      java.util.regex.Pattern.compile("(^|\\s)(\\p{Lu}\\.){2,}$");
}

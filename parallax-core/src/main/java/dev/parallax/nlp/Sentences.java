package dev.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits paragraphs into sentences with OpenNLP's English sentence model (a Maven artifact). A split right
 * after an initialism ("a summit between U.S. | President Donald Trump") is undone: the model takes the
 * initialism's full stop for a sentence end. Thread-safe: each thread has its own detector over the shared
 * model.
 */
public final class Sentences {

  private static final Pattern INITIALISM_END = Pattern.compile("(^|\\s)(\\p{Lu}\\.){2,}$");
  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(TextModels.sentences()));

  /** The sentences of one paragraph, trimmed. */
  public List<String> split(String paragraph) {
    List<String> out = new ArrayList<>();
    for (Span s : spans(paragraph)) out.add(paragraph.substring(s.getStart(), s.getEnd()));
    return out;
  }

  /** Where each sentence of the paragraph starts and ends, trimmed. */
  public List<Span> spans(String paragraph) {
    List<Span> out = new ArrayList<>();
    for (Span s : DETECTOR.get().sentPosDetect(paragraph)) {
      int start = s.getStart();
      int end = s.getEnd();
      while (start < end && Character.isWhitespace(paragraph.charAt(start))) start++;
      while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) end--;
      if (start == end) continue;
      int last = out.size() - 1;
      if (last >= 0 && INITIALISM_END.matcher(paragraph.substring(out.get(last).getStart(), out.get(last).getEnd())).find())
        out.set(last, new Span(out.get(last).getStart(), end));
      else out.add(new Span(start, end));
    }
    return out;
  }
}

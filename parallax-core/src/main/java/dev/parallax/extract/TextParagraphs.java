package dev.parallax.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. A text is either one paragraph per line, or hard-wrapped prose where a
 * paragraph runs over several lines and blank lines separate paragraphs; blocks of the second kind are joined.
 */
final class TextParagraphs {

  /** Lines kept from one text; a longer file is cut, which keeps a pathological input bounded. */
  static final int MAX_LINES = 20_000;

  private TextParagraphs() {}

  static List<String> split(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", MAX_LINES + 1);
    int n = Math.min(lines.length, MAX_LINES);
    List<String> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String line = Texts.normalizeSpace(lines[i]);
      if (line.isEmpty()) {
        flush(block, out);
      } else {
        block.add(line);
      }
    }
    flush(block, out);
    return out;
  }

  private static void flush(List<String> block, List<String> out) {
    if (block.isEmpty()) return;
    if (isHardWrapped(block)) {
      out.add(String.join(" ", block));
    } else {
      out.addAll(block);
    }
    block.clear();
  }

  /** Wrapped prose: every line but the last is of similar, medium length and most do not end a sentence. */
  private static boolean isHardWrapped(List<String> block) {
    if (block.size() < 2) return false;
    int wrapped = 0;
    for (int i = 0; i < block.size() - 1; i++) {
      String line = block.get(i);
      if (line.length() >= 35 && line.length() <= 110 && !LineClassifier.endsLikeSentence(line)) wrapped++;
    }
    return wrapped * 2 >= block.size() - 1 && wrapped > 0;
  }
}

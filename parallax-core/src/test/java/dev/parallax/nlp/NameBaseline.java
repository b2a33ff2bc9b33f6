package dev.parallax.nlp;

import dev.parallax.domain.Article;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baseline names are measured against: every run of capitalised words in the bodies, except a single
 * word opening a sentence ("The", "But"). No types, no merging: it shows what the language stage adds.
 */
final class NameBaseline {

  private static final Pattern RUN =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?: \\p{Lu}[\\p{L}\\p{N}.&'’-]*)*");
  private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?][\"”’)]?\\s+|[\"“‘(]\\s*)$");

  private NameBaseline() {}

  static Set<String> names(List<Article> articles) {
    Set<String> out = new LinkedHashSet<>();
    for (Article a : articles)
      for (String p : a.paragraphs()) {
        Matcher m = RUN.matcher(p);
        while (m.find()) {
          String run = trim(m.group());
          if (run.isEmpty()) continue;
          boolean opening = SENTENCE_START.matcher(p.substring(0, m.start())).find();
          if (opening && !run.contains(" ")) continue;
          out.add(run);
        }
      }
    return out;
  }

  /** Without a possessive or trailing punctuation; the period of an abbreviation ("U.S.") stays. */
  private static String trim(String run) {
    String s = run.replaceAll("['’]s$", "").replaceAll("['’,-]+$", "");
    String last = s.substring(s.lastIndexOf(' ') + 1);
    if (s.endsWith(".") && last.indexOf('.') == last.length() - 1) s = s.substring(0, s.length() - 1);
    return s.replaceAll("['’]s$", "");
  }
}

package dev.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and universal POS tags of a paragraph, with OpenNLP's models. A possessive glued to a
 * name by the tokenizer ("Starmer's", "Putin’s") is split off, so the name stands alone. Thread-safe.
 */
public final class Tagger {

  private static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(TextModels.tokens()));
  private static final ThreadLocal<POSTaggerME> POS = ThreadLocal.withInitial(() -> new POSTaggerME(TextModels.pos()));

  private final Sentences sentences = new Sentences();

  public List<TaggedSentence> tag(String paragraph) {
    List<TaggedSentence> out = new ArrayList<>();
    for (Span s : sentences.spans(paragraph)) {
      String text = paragraph.substring(s.getStart(), s.getEnd());
      Span[] spans = TOKENIZER.get().tokenizePos(text);
      String[] words = new String[spans.length];
      for (int i = 0; i < spans.length; i++) words[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
      String[] tags = POS.get().tag(words);
      List<Token> tokens = new ArrayList<>(words.length + 4);
      for (int i = 0; i < words.length; i++) {
        int start = s.getStart() + spans[i].getStart();
        String tag = tags[i].contains("+") ? tags[i].substring(0, tags[i].indexOf('+')) : tags[i];
        split(words[i], tag, start, tokens);
      }
      out.add(new TaggedSentence(text, s.getStart(), hyphenated(tokens)));
    }
    return out;
  }

  /**
   * Capitalised words joined by a hyphen with no space are one token: "Boutros-Ghali", "Saint-Exupéry"
   * (the tokenizer cuts them into "Boutros" and "-Ghali", or three tokens).
   */
  private static List<Token> hyphenated(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token x = tokens.get(i);
      Token prev = out.isEmpty() ? null : out.getLast();
      boolean glued = prev != null && prev.capitalised() && prev.end() == x.start() && !prev.tag().equals("PUNCT");
      if (glued && x.text().length() > 1 && x.text().charAt(0) == '-' && Character.isUpperCase(x.text().charAt(1))) {
        out.set(out.size() - 1, new Token(prev.text() + x.text(), prev.tag(), prev.start(), x.end()));
        continue;
      }
      if (glued && x.text().equals("-") && i + 1 < tokens.size() && tokens.get(i + 1).start() == x.end() && tokens.get(i + 1).capitalised()) {
        Token next = tokens.get(++i);
        out.set(out.size() - 1, new Token(prev.text() + "-" + next.text(), prev.tag(), prev.start(), next.end()));
        continue;
      }
      out.add(x);
    }
    return out;
  }

  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of("mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "prof.", "rev.");

  /**
   * Adds the token, splitting a possessive {@code 's} and trailing punctuation the tokenizer left on a
   * capitalised word ("Kyiv.", "Europe”", "Saudi-"), but not an initialism's or abbreviation's full stop.
   */
  private static void split(String word, String tag, int start, List<Token> into) {
    int n = word.length();
    if (n > 1 && Character.isUpperCase(word.codePointAt(0))) {
      int cut = n;
      while (cut > 1 && "”\"),;:!?-–—".indexOf(word.charAt(cut - 1)) >= 0) cut--;
      if (cut == n && word.charAt(n - 1) == '.' && n > 2 && !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))
          && word.indexOf('.') == n - 1 && Character.isLowerCase(word.charAt(n - 2))) cut = n - 1;
      if (cut < n) {
        split(word.substring(0, cut), tag, start, into);
        into.add(new Token(word.substring(cut), "PUNCT", start + cut, start + n));
        return;
      }
    }
    if (n > 3 && Character.isUpperCase(word.codePointAt(0)) && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
        && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’')) {
      into.add(new Token(word.substring(0, n - 2), "PROPN", start, start + n - 2));
      into.add(new Token(word.substring(n - 2), "PART", start + n - 2, start + n));
    } else {
      into.add(new Token(word, tag, start, start + n));
    }
  }
}

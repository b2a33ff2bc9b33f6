package dev.parallax.nlp;

import dev.parallax.nlp.Speaker.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotes in an article's paragraphs and what the text says about who spoke them.
 *
 * <p>Quote marks may be straight or curly, even mixed (“…" or "…”); a quote left open at a paragraph's end
 * goes on when the next paragraph opens with a quote mark (the wire style for long quotes); two parts split
 * by a short clause with a speech verb ("“First,” she said, “second.”") are one quote. The speaker is the
 * subject or object of the speech verb nearest the quote in its sentence ("Lavrov said", "said Dmitry
 * Peskov, the Kremlin spokesman", "according to Nato"), a pronoun ("he added"), a role ("the British Prime
 * Minister said") or an unnamed source ("One former European general said"); a quote with no verb of its
 * own right after another quote continues that speaker's words. A short quoted phrase nobody is said to
 * have spoken is a scare quote, not a quote.
 */
public final class QuoteFinder {

  /** Fewer words than this and no speaker: a scare quote ("a “non-starter”"), not a quote. */
  static final int MIN_UNATTRIBUTED_WORDS = 5;
  /** Up to this many words, a quote needs a speech verb right at it: "capitulation", "please" are scare quotes. */
  static final int MAX_SHORT_WORDS = 3;
  private static final int WINDOW = 40;
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  private final Lexicon lexicon;

  public QuoteFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private record Segment(int paragraph, int start, int end, boolean continues) {}

  /**
   * What is known of the article being read: its quoted stretches and, per paragraph, the index of the
   * first token of each token's sentence.
   */
  record Layout(List<Segment> quoted, List<List<Integer>> sentenceStarts, List<List<Token>> paragraphTokens) {}

  private record Group(List<Segment> parts, int[] between) {}

  public List<FoundQuote> find(List<String> paragraphs, List<List<TaggedSentence>> tagged, List<Mention> mentions) {
    List<Segment> segments = segments(paragraphs);
    List<Group> groups = group(paragraphs, segments);
    List<List<Token>> tokens = new ArrayList<>();
    List<List<Integer>> sentenceStarts = new ArrayList<>();
    for (List<TaggedSentence> p : tagged) {
      List<Token> all = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      for (TaggedSentence s : p) {
        int first = all.size();
        all.addAll(s.tokens());
        for (int k = first; k < all.size(); k++) starts.add(first);
      }
      tokens.add(all);
      sentenceStarts.add(starts);
    }
    Layout layout = new Layout(segments, sentenceStarts, tokens);
    List<FoundQuote> out = new ArrayList<>();
    Group previous = null;
    for (Group g : groups) {
      Segment first = g.parts().getFirst();
      StringBuilder text = new StringBuilder();
      for (Segment s : g.parts()) {
        if (!text.isEmpty()) text.append(' ');
        text.append(paragraphs.get(s.paragraph()).substring(s.start(), s.end()).strip());
      }
      String words = text.toString().strip().replaceAll("[,;:]+$", "").strip();
      if (words.isEmpty()) continue;
      Speaker speaker = attribute(g, previous, paragraphs, tokens, mentions, words, layout);
      boolean sameSentence = previous != null && sameSentence(previous.parts().getLast(), first, tokens.get(first.paragraph()));
      previous = g;
      if (speaker.kind() == Kind.UNKNOWN && wordCount(words) < MIN_UNATTRIBUTED_WORDS) continue;
      // "Kill Bill: Vol. 1", "House of Cards": the title of a work; but "the “Palestinian Joan of Arc”" is an epithet
      if (titleCased(words) && !afterArticle(first, tokens.get(first.paragraph()))) continue;
      // a few words that no speech verb of their sentence gives to anyone, only the nearness of another quote: a
      // scare quote ("capitulation"), unless a speech verb stands right at it
      if (wordCount(words) <= MAX_SHORT_WORDS && speaker.kind() == Kind.CONTINUED && !sameSentence && !speechActNext(g, tokens)) continue;

      out.add(new FoundQuote(words, first.paragraph(), first.start(), speaker));
    }
    return out;
  }

  private static List<Segment> segments(List<String> paragraphs) {
    List<Segment> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String s = paragraphs.get(p);
      int open = -1;
      int single = -1;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean straight = c == '"';
        if (open < 0 && (straight || c == '“' || c == '„' || c == '«')) {
          open = i + 1;
          single = -1;
        } else if (open >= 0 && (straight || c == '”' || c == '»')) {
          if (i > open) out.add(new Segment(p, open, i, false));
          open = -1;
        } else if (open >= 0 && (c == '“' || c == '„')) open = i + 1; // an unclosed quote starts over
        else if (open < 0 && c == '‘' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) single = i + 1;
        else if (open < 0 && single >= 0 && c == '’' && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
          if (i > single) out.add(new Segment(p, single, i, false)); // British style: ‘…’
          single = -1;
        }
      }
      if (open >= 0 && open < s.length()) {
        boolean continues = p + 1 < paragraphs.size() && opensWithQuote(paragraphs.get(p + 1));
        int mismatched = continues ? -1 : mismatchedClose(s, open);
        out.add(new Segment(p, open, mismatched >= 0 ? mismatched : s.length(), continues));
      }
    }
    return out;
  }

  /** A “ closed by a ’ by mistake ("not being “sidelined’ from the process"): where that ’ is, or -1. */
  private static int mismatchedClose(String s, int open) {
    for (int i = open + 1; i < s.length(); i++)
      if (s.charAt(i) == '’' && Character.isLetter(s.charAt(i - 1)) && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1))))
        return i;
    return -1;
  }

  private static boolean opensWithQuote(String paragraph) {
    String s = paragraph.stripLeading();
    return !s.isEmpty() && (s.charAt(0) == '"' || s.charAt(0) == '“' || s.charAt(0) == '„' || s.charAt(0) == '«');
  }

  private List<Group> group(List<String> paragraphs, List<Segment> segments) {
    List<Group> out = new ArrayList<>();
    for (Segment s : segments) {
      if (!out.isEmpty()) {
        Group last = out.getLast();
        Segment prev = last.parts().getLast();
        if (prev.continues() && s.paragraph() == prev.paragraph() + 1 && firstIn(segments, s)) {
          last.parts().add(s);
          continue;
        }
        if (prev.paragraph() == s.paragraph() && last.between() == null) {
          String para = paragraphs.get(s.paragraph());
          String before = para.substring(prev.start(), prev.end()).strip();
          int from = Math.min(prev.end() + 1, s.start() - 1);
          String between = para.substring(from, Math.max(from, s.start() - 1));
          if (!endsSentence(before) && (before.endsWith(",") || between.strip().startsWith(",")) && splitClause(between)) {
            last.parts().add(s);
            out.set(out.size() - 1, new Group(last.parts(), new int[] {s.paragraph(), from, s.start() - 1}));
            continue;
          }
        }
      }
      List<Segment> parts = new ArrayList<>();
      parts.add(s);
      out.add(new Group(parts, null));
    }
    return out;
  }

  private static boolean firstIn(List<Segment> segments, Segment s) {
    for (Segment o : segments) if (o.paragraph() == s.paragraph()) return o == s;
    return false;
  }

  private boolean splitClause(String between) {
    if (between.contains(". ") || between.contains("? ") || between.contains("! ")) return false;
    String[] words = between.strip().split("[^\\p{L}']+");
    if (words.length > 10) return false;
    for (String w : words) if (lexicon.speechVerb(w)) return true;
    return false;
  }

  private static boolean endsSentence(String text) {
    return !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private Speaker attribute(
      Group g, Group previous, List<String> paragraphs, List<List<Token>> tokens, List<Mention> mentions, String words,
      Layout layout) {
    Segment first = g.parts().getFirst();
    Segment last = g.parts().getLast();
    if (g.between() != null) {
      List<Token> t = tokens.get(g.between()[0]);
      int lo = firstAtOrAfter(t, g.between()[1]);
      int hi = firstAtOrAfter(t, g.between()[2]);
      Speaker s = fromWindow(t, lo, hi, g.between()[0], mentions, true, layout);
      if (s != null) return s;
    }
    List<Token> lt = tokens.get(last.paragraph());
    int after = firstAtOrAfter(lt, last.end() + 1);
    int afterEnd = after;
    while (afterEnd < lt.size() && afterEnd - after < WINDOW && !quoteMark(lt.get(afterEnd)) && !sentenceEnd(lt.get(afterEnd))) afterEnd++;
    boolean newSentence = endsSentence(words) && after < lt.size() && lt.get(after).capitalised() && mentionAt(mentions, last.paragraph(), lt.get(after).start()) < 0;
    if (!newSentence) {
      Speaker s = fromWindow(lt, after, afterEnd, last.paragraph(), mentions, true, layout);
      if (s != null) return s;
    }
    List<Token> ft = tokens.get(first.paragraph());
    int before = firstAtOrAfter(ft, first.start() - 1); // the opening mark
    int beforeStart = before;
    while (beforeStart > 0 && before - beforeStart < WINDOW && !quoteMark(ft.get(beforeStart - 1)) && !sentenceEnd(ft.get(beforeStart - 1)))
      beforeStart--;
    Speaker s = fromWindow(ft, beforeStart, before, first.paragraph(), mentions, false, layout);
    if (s != null) return s;
    if (previous != null && previous.parts().getLast().paragraph() >= first.paragraph() - 1 && beforeStart == before)
      return Speaker.of(Kind.CONTINUED, "");
    if (previous != null && sameSentence(previous.parts().getLast(), first, ft)) return Speaker.of(Kind.CONTINUED, "");
    if (before == 0 && first.paragraph() > 0 && beforeStart == before) {
      Speaker s2 = lastAttribution(tokens.get(first.paragraph() - 1), first.paragraph() - 1, mentions, layout);
      if (s2 != null) return s2;
    }
    return Speaker.of(Kind.UNKNOWN, "");
  }

  /**
   * A paragraph that opens with a quote and says nothing of who spoke it continues the last attribution of
   * the paragraph before (news style: "Smith said the plan had failed." / "“We tried everything.”", or "… as
   * Google explains it:"): the speaker of the last speech verb outside quotes in that paragraph's last sentence.
   */
  private Speaker lastAttribution(List<Token> t, int paragraph, List<Mention> mentions, Layout layout) {
    if (t.isEmpty()) return null;
    int end = t.size();
    int start = layout.sentenceStarts().get(paragraph).get(end - 1);
    boolean inside = false;
    int lo = start;
    for (int k = start; k < end; k++) if (quoteMark(t.get(k))) {
      inside = !inside;
      lo = k + 1;
    }
    if (inside) return null; // the paragraph ends inside a quote: the grouping of quotes handles it
    Speaker s = fromWindow(t, lo, end, paragraph, mentions, false, layout);
    return s == null || s.kind() == Kind.UNKNOWN ? null : s;
  }

  private static boolean insideQuote(Mention m, Layout layout) {
    for (Segment s : layout.quoted()) if (s.paragraph() == m.paragraph() && m.start() >= s.start() && m.end() <= s.end()) return true;
    return false;
  }

  /** No sentence ends between the end of one quote and the start of the next in the same paragraph. */
  private static boolean sameSentence(Segment previous, Segment next, List<Token> t) {
    if (previous.paragraph() != next.paragraph()) return false;
    for (Token x : t) if (x.start() > previous.end() && x.end() < next.start() && sentenceEnd(x)) return false;
    return true;
  }

  /** The speaker of the speech verb in tokens [lo, hi): the first such verb after a quote, the last before one. */
  private Speaker fromWindow(
      List<Token> t, int lo, int hi, int paragraph, List<Mention> mentions, boolean afterQuote, Layout layout) {
    if (lo >= hi) return null;
    for (int k = lo; k + 1 < hi; k++)
      if (t.get(k).is("according") && t.get(k + 1).is("to")) {
        Speaker s = object(t, k + 1, hi, paragraph, mentions);
        if (s != null) return s;
      }
    int verb = -1;
    if (afterQuote) {
      for (int k = lo; k < hi && verb < 0; k++) if (speechVerb(t.get(k))) verb = k;
    } else {
      for (int k = hi - 1; k >= lo && verb < 0; k--) if (speechVerb(t.get(k))) verb = k;
    }
    if (verb < 0) return null;
    if (t.get(verb).lower().endsWith("ing") && (verb == lo || t.get(verb - 1).text().equals(",")))
      return sentenceSubject(t, verb, paragraph, mentions, layout); // "…, writing:" / "“…,” saying": the sentence's subject spoke
    boolean inverted = afterQuote && onlyPunctuation(t, lo, verb); // "“…,” said X"; not "“…,” X's sister, Y, wrote"

    Speaker s = inverted ? object(t, verb, hi, paragraph, mentions) : subject(t, lo, verb, paragraph, mentions, layout);
    if (s == null) s = inverted ? subject(t, lo, verb, paragraph, mentions, layout) : object(t, verb, hi, paragraph, mentions);
    return s;
  }

  private Speaker sentenceSubject(List<Token> t, int verb, int paragraph, List<Mention> mentions, Layout layout) {
    int s0 = layout.sentenceStarts().get(paragraph).get(verb);
    for (int k = s0; k < verb; k++) {
      if (quoteMark(t.get(k))) return null;
      if (PRONOUNS.contains(t.get(k).lower())) return pronoun(t, k, paragraph, mentions, layout);
      int m = mentionAt(mentions, paragraph, t.get(k).start());
      if (m >= 0) {
        List<Integer> near = new ArrayList<>();
        for (int x = m; x < mentions.size() && mentions.get(x).paragraph() == paragraph && mentions.get(x).start() < t.get(verb).start(); x++)
          near.add(x);
        return new Speaker(Kind.NAMED, mentions.get(m).text(), near);
      }
    }
    return null;
  }

  /** A pronoun speaker, with the names before it outside quotes (nearest first) it may stand for. */
  static Speaker pronoun(List<Token> t, int at, int paragraph, List<Mention> mentions, Layout layout) {
    List<Integer> before = new ArrayList<>();
    List<Integer> subjects = new ArrayList<>();
    for (int m = mentions.size() - 1; m >= 0 && before.size() < 8; m--) {
      Mention x = mentions.get(m);
      if ((x.paragraph() < paragraph || x.paragraph() == paragraph && x.end() <= t.get(at).start()) && !insideQuote(x, layout)) {
        before.add(m);
        if (x.paragraph() == paragraph && subjectPosition(t, x, layout.sentenceStarts().get(paragraph))) subjects.add(m);
      }
    }
    if (subjects.isEmpty() && paragraph > 0) // "Still, “…,” he wrote" after a paragraph about Brian Kleinhanzl
      for (int m : before) {
        Mention x = mentions.get(m);
        if (x.paragraph() == paragraph - 1 && layout.paragraphTokens() != null
            && subjectPosition(layout.paragraphTokens().get(paragraph - 1), x, layout.sentenceStarts().get(paragraph - 1))) subjects.add(m);
      }
    List<Integer> ordered = new ArrayList<>(subjects);
    for (int m : before) if (!subjects.contains(m)) ordered.add(m);
    return new Speaker(Kind.PRONOUN, t.get(at).text(), ordered, subjects.size());
  }

  /**
   * A name that is its sentence's subject: no verb or preposition before it in the sentence ("Thurman got to
   * know Weinstein": Thurman, not Weinstein, is who "she" is next).
   */
  private static boolean subjectPosition(List<Token> t, Mention m, List<Integer> sentenceStarts) {
    int k = firstAtOrAfter(t, m.start());
    if (k >= t.size()) return false;
    for (int j = sentenceStarts.get(k); j < k; j++) {
      String tag = t.get(j).tag();
      if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADP") || quoteMark(t.get(j))) return false;
    }
    return true;
  }

  /** A name inside a phrase about someone else: "officials in Washington", "a spokesman for the Kremlin". */
  private static boolean modifier(List<Token> t, Mention m) {
    int k = firstAtOrAfter(t, m.start()) - 1;
    if (k >= 0 && t.get(k).is("the")) k--;
    return k >= 0 && MODIFYING.contains(t.get(k).lower());
  }

  private static final Set<String> MODIFYING = Set.of("in", "from", "at", "for", "of", "with", "by", "on", "to", "near");

  boolean speechVerb(Token t) {
    return lexicon.speechVerb(t.text()) && !t.tag().equals("NOUN") && !t.tag().equals("PROPN") && !t.capitalised();
  }

  private static boolean onlyPunctuation(List<Token> t, int lo, int verb) {
    for (int k = lo; k < verb; k++) if (!t.get(k).tag().equals("PUNCT")) return false;
    return true;
  }

  Speaker subject(List<Token> t, int lo, int verb, int paragraph, List<Mention> mentions, Layout layout) {
    int k = verb - 1;
    while (k >= lo && (t.get(k).tag().equals("ADV") || t.get(k).tag().equals("AUX") || t.get(k).is("also"))) k--;
    if (k < lo) return null;
    if (PRONOUNS.contains(t.get(k).lower())) return pronoun(t, k, paragraph, mentions, layout);
    Speaker phrase = SubjectPhrase.speaker(this, t, lo, k, paragraph, mentions, layout);
    if (phrase != null) return phrase;
    if (t.get(k).tag().equals("NOUN") && !t.get(k).capitalised() && mentionCovering(mentions, paragraph, t.get(k)) < 0) {
      // "a spokesperson said": the noun before the verb is its subject, not a name further back
      int s = k;
      while (s - 1 >= lo && nominal(t.get(s - 1)) && mentionCovering(mentions, paragraph, t.get(s - 1)) < 0) s--;
      int b = s - 1; // not an apposition or a title of a name: "Dmitry Peskov, the Kremlin spokesman said"
      while (b >= lo && (t.get(b).text().equals(",") || t.get(b).tag().equals("DET"))) b--;
      Speaker p = b >= lo && mentionCovering(mentions, paragraph, t.get(b)) >= 0 ? null : phrase(t, s, k + 1);
      if (p != null) return p;
    }
    int from = Math.max(lo, verb - 16);
    List<Integer> near = new ArrayList<>();
    for (int m = 0; m < mentions.size(); m++) {
      Mention x = mentions.get(m);
      if (x.paragraph() == paragraph && x.start() >= t.get(from).start() && x.end() <= t.get(verb).start() && !modifier(t, x)) near.add(m);
    }
    if (!near.isEmpty()) {
      near.sort(Comparator.comparingInt((Integer m) -> -mentions.get(m).end()));
      return new Speaker(Kind.NAMED, mentions.get(near.getFirst()).text(), near);
    }
    int s = k;
    while (s - 1 >= from && nominal(t.get(s - 1))) s--;
    if (!nominal(t.get(k))) return null;
    return phrase(t, s, k + 1);
  }

  private Speaker object(List<Token> t, int verb, int hi, int paragraph, List<Mention> mentions) {
    int k = verb + 1;
    while (k < hi && (t.get(k).text().equals(",") || t.get(k).text().equals(":"))) k++;
    if (k >= hi) return null;
    int stop = k;
    while (stop < hi && !t.get(stop).text().equals(",") && !sentenceEnd(t.get(stop))) stop++;
    List<Integer> near = new ArrayList<>();
    for (int m = 0; m < mentions.size(); m++) {
      Mention x = mentions.get(m);
      if (x.paragraph() == paragraph && x.start() >= t.get(k).start() && x.end() <= t.get(Math.min(stop, t.size() - 1)).end()) near.add(m);
    }
    int objectStart = t.get(k).start();
    near.removeIf(m -> mentions.get(m).start() > objectStart && modifier(t, mentions.get(m))); // "wrote on Facebook"
    if (!near.isEmpty() && mentions.get(near.getFirst()).start() <= t.get(Math.min(k + 3, stop - 1)).start()) {
      List<Integer> more = new ArrayList<>(near);
      for (int m = 0; m < mentions.size(); m++) {
        Mention x = mentions.get(m);
        if (x.paragraph() == paragraph && x.start() > t.get(Math.max(stop - 1, k)).end() && x.start() <= t.get(Math.min(hi, t.size()) - 1).end() && !more.contains(m))
          more.add(m);
      }
      return new Speaker(Kind.NAMED, mentions.get(near.getFirst()).text(), more);
    }
    if (PRONOUNS.contains(t.get(k).lower()) || t.get(k).is("that")) return null; // "said it was", not a speaker
    int e = k;
    while (e < stop && nominal(t.get(e))) e++;
    if (e == k) return null;
    return phrase(t, k, e);
  }

  /** A noun phrase naming a speaker without a name: a role when definite ("the general"), else unnamed. */
  Speaker phrase(List<Token> t, int from, int to) {
    if (TIME_WORDS.contains(t.get(to - 1).lower())) return null; // "said this week": when, not who
    String text = MentionFinder.text(t, from, to);
    boolean hasTitle = false;
    for (int k = from; k < to; k++) if (lexicon.title(t.get(k).text())) hasTitle = true;
    boolean definite = DEFINITE.contains(t.get(from).lower()) || t.get(from).capitalised() && lexicon.title(t.get(from).text());
    return Speaker.of(hasTitle && definite ? Kind.ROLE : Kind.UNNAMED, text);
  }

  private static final Set<String> TIME_WORDS = Set.of("week", "weekend", "day", "days", "month", "months", "year", "years", "time",
      "morning", "afternoon", "evening", "night", "today", "tonight", "yesterday", "tomorrow", "hour", "hours", "minute", "moment");

  private static boolean nominal(Token t) {
    String tag = t.tag();
    return tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("NUM") || tag.equals("DET");
  }

  static int mentionCovering(List<Mention> mentions, int paragraph, Token x) {
    for (int m = 0; m < mentions.size(); m++) {
      Mention y = mentions.get(m);
      if (y.paragraph() == paragraph && y.start() <= x.start() && x.end() <= y.end()) return m;
    }
    return -1;
  }

  private static int mentionAt(List<Mention> mentions, int paragraph, int start) {
    for (int m = 0; m < mentions.size(); m++)
      if (mentions.get(m).paragraph() == paragraph && mentions.get(m).start() == start) return m;
    return -1;
  }

  private static int firstAtOrAfter(List<Token> t, int offset) {
    int k = 0;
    while (k < t.size() && t.get(k).start() < offset) k++;
    return k;
  }

  static boolean quoteMark(Token t) {
    String s = t.text();
    return s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0 || s.indexOf('„') >= 0 || s.indexOf('«') >= 0 || s.indexOf('»') >= 0;
  }

  static boolean sentenceEnd(Token t) {
    String s = t.text();
    return s.equals(".") || s.equals("!") || s.equals("?") || s.equals(";");
  }

  /** Two words or more, each capitalised but for short joining words: a title, not speech. */
  static boolean titleCased(String words) {
    String[] w = words.split("[\\s:;,.!?]+");
    int capitalised = 0;
    for (String x : w) {
      if (x.isEmpty()) continue;
      if (Character.isUpperCase(x.codePointAt(0)) || Character.isDigit(x.codePointAt(0))) capitalised++;
      else if (!TITLE_JOINERS.contains(x)) return false;
    }
    return capitalised >= 2;
  }

  private static final Set<String> TITLE_JOINERS = Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "vs", "vol");

  /**
   * A speech verb right at the quote: within three words after its closing mark ("“No,” he said") or before
   * its opening mark ("said: “No”", "called it “heartbreaking”").
   */
  private boolean speechActNext(Group g, List<List<Token>> tokens) {
    Segment first = g.parts().getFirst();
    Segment last = g.parts().getLast();
    List<Token> lt = tokens.get(last.paragraph());
    int after = firstAtOrAfter(lt, last.end() + 1);
    for (int k = after; k < lt.size() && k < after + 4; k++) {
      if (speechVerb(lt.get(k))) return true;
      if (sentenceEnd(lt.get(k)) || quoteMark(lt.get(k))) break;
    }
    List<Token> ft = tokens.get(first.paragraph());
    int before = firstAtOrAfter(ft, first.start() - 1);
    for (int k = before - 1; k >= 0 && k >= before - 4; k--) {
      if (speechVerb(ft.get(k))) return true;
      if (sentenceEnd(ft.get(k)) || quoteMark(ft.get(k))) break;
    }
    return false;
  }

  private static boolean afterArticle(Segment s, List<Token> t) {
    int k = firstAtOrAfter(t, s.start() - 1) - 1; // the word before the opening mark
    return k >= 0 && (t.get(k).is("the") || t.get(k).is("a") || t.get(k).is("an"));
  }

  static int wordCount(String s) {
    int n = 0;
    for (String w : s.split("\\s+")) if (!w.isBlank()) n++;
    return n;
  }
}

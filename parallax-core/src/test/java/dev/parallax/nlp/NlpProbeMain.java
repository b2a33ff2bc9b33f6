package dev.parallax.nlp;

import java.util.List;

/** Developer tool, run by hand: prints the tags, names and quotes of each argument (one paragraph each). */
final class NlpProbeMain {

  public static void main(String[] args) {
    Tagger tagger = new Tagger();
    for (String p : args) {
      StringBuilder b = new StringBuilder();
      for (TaggedSentence s : tagger.tag(p)) for (Token t : s.tokens()) b.append(t.text()).append('/').append(t.tag()).append(' ');
      System.out.println(b);
    }
    ArticleAnalysis a = new ArticleAnalyzer(Lexicon.english()).analyse("probe", List.of(args));
    a.mentions().forEach(m -> System.out.println("  " + m.type() + " " + m.evidence() + " [" + m.text() + "] title=" + m.title()));
    a.quotes().forEach(q -> System.out.println("  Q " + q.speaker() + ": " + q.text()));
  }
}

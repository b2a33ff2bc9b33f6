package dev.parallax.nlp;

/**
 * Developer tool, run by hand: quote measures of the gold set (found, speaker right, listed that are not
 * quotes) per split, without the brief, to compare variants quickly. Prints the wrong speakers of dev only:
 * the test split's texts are never to be read while tuning.
 */
final class GoldQuoteScoreMain {

  public static void main(String[] args) throws Exception {
    for (String split : new String[] {"dev", "test"}) {
      int gold = 0, found = 0, right = 0, predicted = 0, correct = 0;
      for (GoldNews g : GoldNews.split(split)) {
        Annotator.StoryAnnotations a = StoryAnnotator.english().annotate(g.story().articles());
        NlpScores s = NlpScores.of(g.story(), a);
        gold += s.goldQuotes();
        found += s.foundQuotes();
        right += s.rightSpeakers();
        for (StoryQuote q : a.quotes())
          for (String article : q.sources()) {
            predicted++;
            if (g.story().quotes().stream().anyMatch(x -> x.article().equals(article) && NlpScores.sameQuote(q.text(), x.text())))
              correct++;
            else if (split.equals("dev")) System.out.println("  dev listed, not a quote: " + g.slug() + " " + q.speaker() + ": " + q.text());
          }
        if (split.equals("test"))
          System.out.printf("  test %s: found %d/%d, speaker right %d%n", g.slug(), s.foundQuotes(), s.goldQuotes(), s.rightSpeakers());
        if (split.equals("dev")) {
          s.wrongSpeakers().forEach(w -> System.out.println("  dev wrong speaker: " + g.slug() + ": " + w));
          s.missedQuotes().forEach(w -> System.out.println("  dev missed: " + g.slug() + ": " + w));
        }
      }
      System.out.printf("%s quotes: found %.3f (%d/%d), speaker right %.3f (%d/%d), listed not quotes %d of %d%n", split,
          found / (double) gold, found, gold, right / (double) Math.max(1, found), right, found, predicted - correct, predicted);
    }
  }
}

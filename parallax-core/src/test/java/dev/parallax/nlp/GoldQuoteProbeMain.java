package dev.parallax.nlp;

import dev.parallax.domain.Article;
import java.util.List;

/**
 * Developer tool, run by hand, on the DEV split only (never on test): each article's found quotes with the
 * speaker the text gave and the paragraph they stand in, to read why a speaker is wrong.
 */
final class GoldQuoteProbeMain {

  public static void main(String[] args) throws Exception {
    for (GoldNews gold : GoldNews.split("dev")) {
      for (Article a : gold.story().articles()) {
        ArticleAnalysis an = new ArticleAnalyzer(Lexicon.english()).analyse(a);
        System.out.println("### " + gold.slug() + " " + a.id());
        for (int p = 0; p < a.paragraphs().size(); p++) System.out.println("  [" + p + "] " + a.paragraphs().get(p));
        for (GoldStory.GoldQuote g : gold.story().quotes())
          if (g.article().equals(a.id())) System.out.println("  GOLD " + g.speaker() + ": " + g.text());
        for (FoundQuote q : an.quotes()) {
          List<String> names = q.speaker().mentions().stream().map(m -> an.mentions().get(m).text()).toList();
          System.out.println("  FOUND p" + q.paragraph() + " " + q.speaker().kind() + " '" + q.speaker().text() + "' " + names
              + " :: " + q.text());
        }
      }
    }
  }
}

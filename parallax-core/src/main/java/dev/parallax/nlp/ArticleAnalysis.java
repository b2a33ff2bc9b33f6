package dev.parallax.nlp;

import java.util.List;

/** What the language stage found in one article: its names in reading order and its quotes. */
public record ArticleAnalysis(String articleId, List<Mention> mentions, List<FoundQuote> quotes) {
  public ArticleAnalysis {
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }
}

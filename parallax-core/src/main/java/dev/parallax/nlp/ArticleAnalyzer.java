package dev.parallax.nlp;

import dev.parallax.domain.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tags one article's body and finds its names and quotes. Reads at most {@link TextBudget#ARTICLE_CHARS} of
 * it, so the cost of an article is bounded whatever its size. Thread-safe.
 */
public final class ArticleAnalyzer {

  private final Tagger tagger = new Tagger();
  private final MentionFinder mentions;
  private final QuoteFinder quotes;

  public ArticleAnalyzer(Lexicon lexicon) {
    this.mentions = new MentionFinder(lexicon);
    this.quotes = new QuoteFinder(lexicon);
  }

  public ArticleAnalysis analyse(Article article) {
    return analyse(article.id(), article.paragraphs());
  }

  public ArticleAnalysis analyse(String id, List<String> body) {
    List<String> paragraphs = TextBudget.leading(body, TextBudget.ARTICLE_CHARS);
    List<List<TaggedSentence>> tagged = new ArrayList<>(paragraphs.size());
    Set<String> capitalised = new HashSet<>();
    for (String p : paragraphs) {
      List<TaggedSentence> s = tagger.tag(p);
      tagged.add(s);
      MentionFinder.collectCapitalised(s, capitalised);
    }
    List<Mention> found = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) found.addAll(mentions.find(p, tagged.get(p), capitalised));
    return new ArticleAnalysis(id, found, quotes.find(paragraphs, tagged, found));
  }
}

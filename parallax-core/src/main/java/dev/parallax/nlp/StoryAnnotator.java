package dev.parallax.nlp;

import dev.parallax.domain.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the language stage for a story: each article is analysed once (cached by id and content hash, so a
 * story that gains an article only pays for the new one), then the story's mentions are merged into
 * entities and its quotes attributed and merged. Thread-safe.
 */
public final class StoryAnnotator implements Annotator {

  private static final int CACHE_LIMIT = 20_000;

  private final ArticleAnalyzer analyzer;
  private final EntityResolver resolver;
  private final QuoteAttributor attributor;
  private final Map<String, ArticleAnalysis> cache = new ConcurrentHashMap<>();

  public StoryAnnotator(Lexicon lexicon) {
    this.analyzer = new ArticleAnalyzer(lexicon);
    this.attributor = new QuoteAttributor(lexicon);
    this.resolver = new EntityResolver(lexicon);
  }

  public static StoryAnnotator english() {
    return new StoryAnnotator(Lexicon.english());
  }

  @Override
  public StoryAnnotations annotate(List<Article> articles) {
    // articles not analysed yet are tagged on all cores; the order of the story is kept
    List<ArticleAnalysis> analyses = articles.parallelStream().map(this::analyse).toList();
    EntityResolver.Resolution r = resolver.resolve(analyses);
    List<CanonicalEntity> entities = new ArrayList<>(r.entities());
    entities.sort(Comparator.comparingInt((CanonicalEntity e) -> -e.articles().size()).thenComparingInt(e -> -e.mentions()));
    return new StoryAnnotations(entities, QuoteAttributor.bySpeaker(attributor.attribute(analyses, r)));
  }

  public ArticleAnalysis analyse(Article a) {
    String key = a.id() + ":" + a.contentHash();
    ArticleAnalysis cached = cache.get(key);
    if (cached != null) return cached;
    ArticleAnalysis fresh = analyzer.analyse(a);
    if (cache.size() >= CACHE_LIMIT) cache.clear();
    cache.put(key, fresh);
    return fresh;
  }
}

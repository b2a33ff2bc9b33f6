package dev.parallax.bench;

import dev.parallax.domain.Article;
import dev.parallax.extract.DocumentExtractor;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import dev.parallax.nlp.ArticleAnalysis;
import dev.parallax.nlp.ArticleAnalyzer;
import dev.parallax.nlp.EntityResolver;
import dev.parallax.nlp.Lexicon;
import dev.parallax.nlp.QuoteAttributor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The language stage's speed on one thread: articles per second for tagging and finding names and quotes
 * in each article (what ingest pays once per article), then the story-level merge of entities and quotes
 * for stories of 10, 50 and all articles (what a brief pays). Run: {@code bin/parallax bench nlp [FILES]}
 * (default: the clustering-dev articles, 383 real news texts).
 */
public final class NlpBench {

  private NlpBench() {}

  public static void main(String[] args) throws Exception {
    List<Path> inputs = new ArrayList<>();
    for (String a : args) inputs.add(Path.of(a));
    if (inputs.isEmpty()) inputs.add(Path.of("parallax-core/src/test/resources/fixtures/clustering-dev"));
    List<Article> articles = new ArrayList<>();
    DocumentExtractor extractor = DocumentExtractor.standard();
    try (Stream<ReadResult> read = new FileSource(inputs).read()) {
      for (ReadResult r : (Iterable<ReadResult>) read::iterator)
        if (r instanceof ReadResult.Ok ok) articles.add(Articles.of(ok.document(), extractor.extract(ok.document())));
    }
    if (articles.isEmpty()) throw new IllegalArgumentException("no articles in " + inputs);
    long words = articles.stream().flatMap(a -> a.paragraphs().stream()).mapToLong(p -> p.split("\\s+").length).sum();
    System.out.printf(Locale.ROOT, "%d articles, %d words (%d per article)%n", articles.size(), words, words / articles.size());
    ArticleAnalyzer analyzer = new ArticleAnalyzer(Lexicon.english());
    long t0 = System.nanoTime();
    analyzer.analyse(articles.getFirst());
    System.out.printf(Locale.ROOT, "models loaded and first article: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    List<ArticleAnalysis> analyses = new ArrayList<>();
    // CPU time of this one thread as well as wall time: on a busy machine only the first compares two versions
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      analyses.clear();
      int mentions = 0;
      int quotes = 0;
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      for (Article a : articles) {
        ArticleAnalysis r = analyzer.analyse(a);
        mentions += r.mentions().size();
        quotes += r.quotes().size();
        analyses.add(r);
      }
      double s = (System.nanoTime() - start) / 1e9;
      double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      System.out.printf(Locale.ROOT,
          "round %d: %.0f articles/s on one thread (%.2f ms per article, %.2f ms of CPU); %d names, %d quotes%n",
          round, articles.size() / s, 1000 * s / articles.size(), cpuMs / articles.size(), mentions, quotes);
    }
    EntityResolver resolver = new EntityResolver(Lexicon.english());
    QuoteAttributor attributor = new QuoteAttributor(Lexicon.english());
    for (int size : new int[] {10, 50, analyses.size()}) {
      List<ArticleAnalysis> story = analyses.subList(0, Math.min(size, analyses.size()));
      long best = Long.MAX_VALUE;
      int entities = 0;
      for (int round = 0; round < 5; round++) {
        long start = System.nanoTime();
        EntityResolver.Resolution r = resolver.resolve(story);
        attributor.attribute(story, r);
        best = Math.min(best, System.nanoTime() - start);
        entities = r.entities().size();
      }
      System.out.printf(Locale.ROOT, "story of %d articles: entities and quotes merged in %.1f ms (%d entities)%n", story.size(),
          best / 1e6, entities);
    }
  }
}

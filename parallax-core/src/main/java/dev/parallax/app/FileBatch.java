package dev.parallax.app;

import dev.parallax.brief.Brief;
import dev.parallax.brief.Briefer;
import dev.parallax.cluster.StoryBook;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.extract.ExtractionException;
import dev.parallax.extract.Extractor;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.DocumentSource;
import dev.parallax.ingest.IngestReport;
import dev.parallax.ingest.ReadResult;
import dev.parallax.store.InMemoryStories;
import dev.parallax.store.StoreException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The pipeline over files alone, for {@code cluster} and {@code brief} on paths: nothing is read from or
 * written to the store. Exact copies (same content hash) are folded into the first copy.
 *
 * @param articles the distinct articles, in input order
 * @param stories the stories they form, in order of creation
 * @param failures inputs that could not be read or extracted
 */
public record FileBatch(
    List<Article> articles, List<Story> stories, List<IngestReport.Failure> failures, String method) {

  public FileBatch {
    articles = List.copyOf(articles);
    stories = List.copyOf(stories);
    failures = List.copyOf(failures);
  }

  /** Reads, extracts and clusters everything {@code source} yields. */
  public static FileBatch cluster(DocumentSource source) {
    Extractor extractor = Components.extractor();
    InMemoryStories repository = new InMemoryStories();
    StoryBook book = new StoryBook(Components.clusterer(), repository);
    Map<String, Article> byHash = new HashMap<>();
    Map<String, Article> byId = new LinkedHashMap<>();
    List<IngestReport.Failure> failures = new ArrayList<>();
    try (Stream<ReadResult> results = source.read()) {
      for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
        switch (result) {
          case ReadResult.Failed f -> failures.add(new IngestReport.Failure(f.origin(), f.reason()));
          case ReadResult.Ok ok -> {
            Article article;
            try {
              article = Articles.of(ok.document(), extractor.extract(ok.document()));
            } catch (ExtractionException e) {
              failures.add(new IngestReport.Failure(e.origin(), e.reason()));
              continue;
            }
            if (byHash.containsKey(article.contentHash())) continue;
            if (byId.containsKey(article.id())) article = article.withId(article.contentHash().substring(0, 16));
            byHash.put(article.contentHash(), article);
            byId.put(article.id(), article);
            try {
              book.add(article);
            } catch (StoreException e) {
              throw new IllegalStateException("in-memory stories cannot fail", e);
            }
          }
        }
      }
    }
    return new FileBatch(List.copyOf(byId.values()), repository.stories(), failures, book.method());
  }

  /** The brief of each story, in story order. */
  public List<Brief> briefs() {
    Briefer briefer = Components.briefer();
    Map<String, Article> byId = articlesById();
    List<Brief> briefs = new ArrayList<>();
    for (Story s : stories) briefs.add(briefer.brief(s, s.articleIds().stream().map(byId::get).toList()));
    return briefs;
  }

  /** The articles keyed by id (build it once; each call makes a new map). */
  public Map<String, Article> articlesById() {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    return byId;
  }
}

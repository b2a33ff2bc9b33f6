package dev.parallax.ingest;

import dev.parallax.cluster.StoryBook;
import dev.parallax.domain.Article;
import dev.parallax.extract.ExtractionException;
import dev.parallax.extract.Extractor;
import dev.parallax.search.SearchIndex;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One ingest run: each document is extracted, stored (unless its content is already there), indexed and
 * clustered. A document that fails is reported and skipped; the run goes on and nothing stored is touched.
 */
public final class Ingestor {

  private static final int COMMIT_EVERY = 500;

  private final Extractor extractor;
  private final ArticleStore store;
  private final SearchIndex index;
  private final StoryBook stories;
  private volatile boolean interrupted;

  public Ingestor(Extractor extractor, ArticleStore store, SearchIndex index, StoryBook stories) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.store = Objects.requireNonNull(store, "store");
    this.index = Objects.requireNonNull(index, "index");
    this.stories = Objects.requireNonNull(stories, "stories");
  }

  /**
   * Reads, stores, indexes and clusters every document of {@code source}, committing the index at the end.
   * Each new article is stored pending ({@link ArticleStore#pendingArticles}); the caller settles it once its
   * story is briefed. A run that ends with an exception is marked {@link #interrupted()}.
   */
  public IngestReport run(DocumentSource source, IngestListener listener)
      throws StoreException, IOException {
    try {
      return ingest(source, listener);
    } catch (StoreException | IOException | RuntimeException | Error e) {
      interrupted = true;
      throw e;
    }
  }

  /** Whether a run ended with an exception since {@link #resetInterrupted()}: it may have left articles pending. */
  public boolean interrupted() {
    return interrupted;
  }

  public void resetInterrupted() {
    interrupted = false;
  }

  private IngestReport ingest(DocumentSource source, IngestListener listener)
      throws StoreException, IOException {
    int read = 0;
    int added = 0;
    int duplicates = 0;
    int sinceCommit = 0;
    List<IngestReport.Failure> failures = new ArrayList<>();
    Set<String> touched = new LinkedHashSet<>();
    try (Stream<ReadResult> results = source.read()) {
      Iterator<ReadResult> it = results.iterator();
      while (it.hasNext()) {
        ReadResult result;
        try {
          result = it.next();
        } catch (UncheckedIOException e) {
          failures.add(new IngestReport.Failure("input", e.getCause().getMessage()));
          listener.processed("input", "failed: " + e.getCause().getMessage());
          break;
        }
        read++;
        switch (result) {
          case ReadResult.Failed f -> {
            failures.add(new IngestReport.Failure(f.origin(), f.reason()));
            listener.processed(f.origin(), "failed: " + f.reason());
          }
          case ReadResult.Ok ok -> {
            SourceDocument doc = ok.document();
            Article article;
            try {
              article = Articles.of(doc, extractor.extract(doc));
            } catch (ExtractionException e) {
              failures.add(new IngestReport.Failure(e.origin(), e.reason()));
              listener.processed(doc.origin(), "failed: " + e.reason());
              continue;
            } catch (RuntimeException e) {
              // a bug in a stage must not end the run or lose what is stored; report it against the file
              String reason = "extraction failed unexpectedly: " + e;
              failures.add(new IngestReport.Failure(doc.origin(), reason));
              listener.processed(doc.origin(), "failed: " + reason);
              continue;
            }
            switch (store.put(article)) {
              case ArticleStore.PutResult.Duplicate d -> {
                duplicates++;
                listener.processed(doc.origin(), "duplicate of " + d.id());
              }
              case ArticleStore.PutResult.Added a -> {
                Article stored = a.id().equals(article.id()) ? article : article.withId(a.id());
                index.index(stored);
                touched.add(stories.add(stored).id());
                added++;
                listener.processed(doc.origin(), "new");
                if (++sinceCommit >= COMMIT_EVERY) {
                  index.commit();
                  sinceCommit = 0;
                }
              }
            }
          }
        }
      }
    } finally {
      index.commit();
    }
    return new IngestReport(read, added, duplicates, failures, new ArrayList<>(touched));
  }
}

package dev.parallax.app;

import dev.parallax.brief.Brief;
import dev.parallax.brief.Briefer;
import dev.parallax.cluster.StoryBook;
import dev.parallax.digest.BriefException;
import dev.parallax.digest.DigestStore;
import dev.parallax.digest.Digests;
import dev.parallax.digest.JdbcDigestStore;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.ingest.Ingestor;
import dev.parallax.search.LuceneSearchIndex;
import dev.parallax.search.SearchIndex;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.JdbcArticleStore;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * An open Parallax installation: the store, the search index and the pipeline over them. Open it once per
 * process and close it at the end; it holds the database connection and the index writer.
 */
public final class Parallax implements AutoCloseable {

  private final Config config;
  private final ArticleStore store;
  private final SearchIndex index;
  private final StoryBook stories;
  private final Digests digests;
  private Ingestor ingestor;

  private Parallax(
      Config config, ArticleStore store, SearchIndex index, DigestStore digestStore, Briefer briefer, InstantSource clock) {
    this.config = config;
    this.store = store;
    this.index = index;
    this.stories = new StoryBook(Components.clusterer(), store);
    this.digests = new Digests(digestStore, briefer, clock);
  }

  /** Opens (creating if needed) the store and index that {@code config} names. */
  public static Parallax open(Config config, InstantSource clock) throws StoreException, IOException {
    return open(config, clock, Components.briefer());
  }

  /** Like {@link #open(Config, InstantSource)}, with another briefer (to see how the rest copes with its failures). */
  public static Parallax open(Config config, InstantSource clock, Briefer briefer) throws StoreException, IOException {
    Path dir = config.dataDir();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException("cannot create data folder " + dir + ": " + e.getMessage(), e);
    }
    ArticleStore store =
        config.databaseUrl() == null
            ? JdbcArticleStore.sqlite(dir, clock)
            : JdbcArticleStore.postgres(config.databaseUrl(), config.databaseUser(), config.databasePassword(), clock);
    SearchIndex index;
    try {
      index = new LuceneSearchIndex(dir.resolve("index"));
    } catch (IOException e) {
      store.close();
      throw new IOException("cannot open the search index in " + dir.resolve("index") + ": " + e.getMessage(), e);
    }
    DigestStore digestStore;
    try {
      digestStore = JdbcDigestStore.open(config);
    } catch (StoreException e) {
      index.close();
      store.close();
      throw e;
    }
    return new Parallax(config, store, index, digestStore, briefer, clock);
  }

  public Config config() {
    return config;
  }

  public ArticleStore store() {
    return store;
  }

  public SearchIndex index() {
    return index;
  }

  /**
   * The ingest pipeline. The first call replays the stored stories into the clusterer, so commands that
   * only read do not pay for it.
   */
  public synchronized Ingestor ingestor() throws StoreException {
    if (ingestor == null) {
      stories.restore(store::articles, store::latestArticleIds);
      ingestor = new Ingestor(Components.extractor(), store, index, stories);
    }
    return ingestor;
  }

  public String clusteringMethod() {
    return stories.method();
  }

  /** The story's articles in member order; members missing from the store are skipped. */
  public List<Article> articlesOf(Story story) throws StoreException {
    return store.articles(story.articleIds());
  }

  public Brief brief(Story story) throws StoreException, BriefException {
    return brief(story, articlesOf(story));
  }

  /**
   * The brief of a story whose articles the caller has already read (see {@link #articlesOf}): the stored
   * one when the story has not changed since it was built, else built now and stored.
   *
   * @throws BriefException if it cannot be built (now, or lately for the same articles)
   */
  public Brief brief(Story story, List<Article> articles) throws StoreException, BriefException {
    return digests.brief(story, articles);
  }

  /** Story briefs and the entity index across stories. */
  public Digests digests() {
    return digests;
  }

  /**
   * Briefs the stories an ingest run touched, so readers find them ready.
   *
   * @param done told how many stories are done so far
   */
  public int briefStories(List<String> storyIds, IntConsumer done) throws StoreException {
    return digests.refresh(storyIds, store, done);
  }

  /** Like {@link #briefStories(List, IntConsumer)}, telling {@code failed} of each story that could not be briefed. */
  public int briefStories(List<String> storyIds, IntConsumer done, Consumer<BriefException.Failure> failed)
      throws StoreException {
    return digests.refresh(storyIds, store, done, failed);
  }

  /**
   * Writes every stored article into the search index again, in arrival order, committing as it goes:
   * after an upgrade changed how articles are indexed ({@link SearchIndex#current()}), or when the index
   * folder was lost. Until every article is rewritten, the index is searched the older way.
   *
   * @param done told how many articles are done so far
   * @return the number of articles indexed
   */
  public int reindex(IntConsumer done) throws StoreException, IOException {
    List<String> ids = store.coverage().stream().map(ArticleStore.Coverage::articleId).toList();
    int indexed = 0;
    for (int from = 0; from < ids.size(); from += REINDEX_BATCH) {
      for (Article article : store.articles(ids.subList(from, Math.min(ids.size(), from + REINDEX_BATCH)))) {
        index.index(article);
        indexed++;
      }
      if ((from + REINDEX_BATCH) % REINDEX_COMMIT_EVERY == 0) index.commit();
      done.accept(Math.min(ids.size(), from + REINDEX_BATCH));
    }
    index.commit();
    return indexed;
  }

  private static final int REINDEX_BATCH = 500;
  /** Articles between commits, so an interrupted reindex keeps what it did. */
  private static final int REINDEX_COMMIT_EVERY = 25_000;

  @Override
  public void close() throws IOException, StoreException {
    try {
      index.close();
    } finally {
      try {
        digests.store().close();
      } finally {
        store.close();
      }
    }
  }
}

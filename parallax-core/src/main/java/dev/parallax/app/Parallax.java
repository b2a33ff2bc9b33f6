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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.lucene.store.LockObtainFailedException;

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
  private boolean restored;
  /** Whether pending articles may be left that no run is about to settle: at open, and after a failure. */
  private boolean completionDue = true;
  private Completed lastCompletion = Completed.NOTHING;

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
    return open(config, clock, briefer, false);
  }

  /**
   * Opens an existing installation for commands that only read: the search index without its writer, so
   * without the folder's write lock, and the database as usual (SQLite in WAL mode shares it between
   * processes; a brief built on demand is still stored). It works while another process, a running {@code
   * serve}, holds the installation open for writing; the index is seen as of that process's last commit, and
   * the pipeline ({@link #ingestor()}, {@link #reindex}) fails on it.
   */
  public static Parallax openForReading(Config config, InstantSource clock) throws StoreException, IOException {
    return open(config, clock, Components.briefer(), true);
  }

  private static Parallax open(Config config, InstantSource clock, Briefer briefer, boolean reading)
      throws StoreException, IOException {
    Path dir = config.dataDir();
    if (Files.exists(dir) && !Files.isDirectory(dir))
      throw new IOException(dir + " is a file, not a data folder: name a folder (a new one is created)");
    if (reading && !Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString(), null, "no Parallax data folder");
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
      index = reading ? LuceneSearchIndex.readOnly(dir.resolve("index")) : new LuceneSearchIndex(dir.resolve("index"));
    } catch (LockObtainFailedException e) {
      store.close();
      throw new IOException(
          "the data folder " + dir + " is in use by another Parallax process (serve, ingest, fetch or reindex):"
              + " stop it first, or wait for it to end; commands that only read (stories, search, show, brief,"
              + " articles, check) work meanwhile", e);
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
   * only read do not pay for it, then completes what an interrupted run left pending (see {@link
   * #completePending}), as does any call after a run failed: a document read again is then a duplicate of an
   * article that is indexed and in a story.
   */
  public synchronized Ingestor ingestor() throws StoreException {
    if (ingestor == null) ingestor = new Ingestor(Components.extractor(), store, index, restoredStories());
    if (completionDue || ingestor.interrupted()) complete();
    return ingestor;
  }

  /**
   * Completes the articles that a killed or failed run left pending: indexes them, clusters those in no
   * story (replaying the stored stories first, only then), briefs their stories and settles them. Cheap when
   * nothing is pending. {@code serve} calls it in the background at start; the pipeline calls it on opening.
   */
  public synchronized Completed completePending() throws StoreException {
    if (completionDue || (ingestor != null && ingestor.interrupted()) || store.pendingCount() > 0) complete();
    return lastCompletion;
  }

  /** What the last completion did ({@link Completed#NOTHING} when there was nothing to do). */
  public synchronized Completed lastCompletion() {
    return lastCompletion;
  }

  private void complete() throws StoreException {
    completionDue = true;
    if (ingestor != null) ingestor.resetInterrupted();
    lastCompletion = new Completion(store, index, this::restoredStories, digests).run();
    completionDue = false;
  }

  private StoryBook restoredStories() throws StoreException {
    if (!restored) {
      stories.restore(store::articles, store::latestArticleIds);
      restored = true;
    }
    return stories;
  }

  /**
   * What a completion did.
   *
   * @param articles pending articles completed (indexed again, briefed with their story, settled)
   * @param clustered those of them that were in no story
   * @param briefed stories briefed (a current stored brief is kept as it is)
   * @param failures stories that could not be briefed, with the reason
   */
  public record Completed(int articles, int clustered, int briefed, List<String> failures) {
    public static final Completed NOTHING = new Completed(0, 0, 0, List.of());

    public Completed {
      failures = List.copyOf(failures);
    }

    public String summary() {
      return "completed " + articles + " article" + (articles == 1 ? "" : "s") + " an interrupted run left"
          + " (indexed again; " + clustered + " put in a story; " + briefed + " stor" + (briefed == 1 ? "y" : "ies")
          + " briefed" + (failures.isEmpty() ? "" : "; " + failures.size() + " could not be briefed") + ")";
    }
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
   * Briefs the stories an ingest run touched, so readers find them ready, then settles their articles (they
   * stop being pending). Call it after every run of the {@link #ingestor()}; what is left unsettled is
   * completed by the next process that opens the pipeline.
   *
   * @param done told how many stories are done so far
   */
  public int briefStories(List<String> storyIds, IntConsumer done) throws StoreException {
    return briefStories(storyIds, done, failure -> {});
  }

  /**
   * Like {@link #briefStories(List, IntConsumer)}, telling {@code failed} of each story that could not be briefed
   * (its articles are settled all the same: the story is stored and searchable, and a reader's visit or
   * {@code parallax check --repair} builds the brief again).
   */
  public int briefStories(List<String> storyIds, IntConsumer done, Consumer<BriefException.Failure> failed)
      throws StoreException {
    try {
      int briefed = digests.refresh(storyIds, store, done, failed);
      // the run that touched these stories has committed its index: their articles are done
      store.settleStories(storyIds);
      return briefed;
    } catch (StoreException | RuntimeException e) {
      synchronized (this) {
        completionDue = true; // their articles stay pending: the next use of the pipeline completes them
      }
      throw e;
    }
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

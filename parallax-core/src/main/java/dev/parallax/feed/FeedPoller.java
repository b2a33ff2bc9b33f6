package dev.parallax.feed;

import dev.parallax.fetch.FetchException;
import dev.parallax.fetch.Fetched;
import dev.parallax.fetch.Fetcher;
import dev.parallax.fetch.Validators;
import dev.parallax.ingest.DocumentSource;
import dev.parallax.ingest.IngestReport;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.ReadResult;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One polling round over the sources: feeds are fetched in parallel on a bounded pool (the fetcher limits
 * each host), new items become documents, and each source's documents go through the {@link Ingestor} on
 * the calling thread, one source at a time. Every source ends the round with its status recorded: a failing
 * feed is an error on that source, never an exception, and nothing already stored is touched. Validators
 * (ETag, Last-Modified) are saved only once the items are stored, so a failed store is retried in full.
 * Ingest runs while holding the {@link Ingestor}'s monitor, so code that ingests from another thread of the
 * same process must synchronise on it as well.
 */
public final class FeedPoller implements AutoCloseable {

  /**
   * @param concurrentSources feeds fetched at the same time
   * @param pagesPerSource article pages fetched for teaser items per source and round (the rest wait)
   * @param maxBackoff the longest a failing source is left alone
   */
  public record Settings(int concurrentSources, int pagesPerSource, Duration maxBackoff) {
    public static final Settings DEFAULT = new Settings(4, 30, Duration.ofDays(1));

    public Settings {
      if (concurrentSources <= 0) throw new IllegalArgumentException("concurrentSources must be > 0: " + concurrentSources);
      if (pagesPerSource < 0) throw new IllegalArgumentException("pagesPerSource must be >= 0: " + pagesPerSource);
      Objects.requireNonNull(maxBackoff, "maxBackoff");
    }
  }

  private final SourceStore sources;
  private final Fetcher fetcher;
  private final FeedParser parser;
  private final ItemDocuments documents;
  private final Pipeline pipeline;
  private final InstantSource clock;
  private final Settings settings;
  private final ExecutorService pool;

  /**
   * Opens the ingest pipeline when new items first arrive: opening it replays the stored stories into the
   * clusterer (minutes at a million articles), which a server should not wait for before it serves.
   */
  @FunctionalInterface
  public interface Pipeline {
    Ingestor open() throws StoreException;
  }

  public FeedPoller(
      SourceStore sources, Fetcher fetcher, Pipeline pipeline, InstantSource clock, Settings settings) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.parser = new FeedParser(clock);
    this.documents = new ItemDocuments(fetcher);
    this.pool =
        new ThreadPoolExecutor(
            settings.concurrentSources(), settings.concurrentSources(), 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), named("parallax-feed-fetch-"), new ThreadPoolExecutor.AbortPolicy());
  }

  /** Polls the sources whose time has come. */
  public RoundReport pollDue() throws StoreException {
    return poll(false);
  }

  /** Polls every source now, whatever its schedule. */
  public RoundReport pollAll() throws StoreException {
    return poll(true);
  }

  private synchronized RoundReport poll(boolean all) throws StoreException {
    Instant now = clock.instant();
    List<Source> due = new ArrayList<>();
    int notDue = 0;
    for (Source s : sources.sources()) {
      if (all || s.due(now)) due.add(s);
      else notDue++;
    }
    ExecutorCompletionService<Harvest> done = new ExecutorCompletionService<>(pool);
    for (Source s : due) done.submit(() -> harvestAnyway(s));
    List<RoundReport.SourceOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < due.size(); i++) {
      Harvest h;
      try {
        h = done.take().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        // harvestAnyway() returns for every source whatever happens; nothing reaches here
        throw new IllegalStateException("feed harvest failed", e.getCause());
      }
      outcomes.add(finish(h));
    }
    return new RoundReport(outcomes, notDue);
  }

  /** What fetching one source gave, before anything is stored. */
  private record Harvest(
      Source source, RoundReport.Kind kind, Validators validators, Duration retryAfter, String error,
      List<Item> items, String movedTo) {
    Harvest(Source source, RoundReport.Kind kind, Validators validators, Duration retryAfter, String error, List<Item> items) {
      this(source, kind, validators, retryAfter, error, items, null);
    }
  }

  private record Item(ParsedFeed.Entry entry, String origin, ReadResult result) {}

  private Harvest harvest(Source source) {
    Validators sent = new Validators(source.status().etag(), source.status().lastModified());
    try {
      Fetched fetched = fetcher.fetch(URI.create(source.url()), sent);
      ParsedFeed feed = parser.parse(fetched.body(), fetched.contentType(), fetched.uri());
      Set<String> keys = new LinkedHashSet<>();
      for (ParsedFeed.Entry e : feed.entries()) keys.add(e.key());
      Set<String> seen = sources.seenItems(source.id(), keys);
      String outlet = source.name() != null ? source.name() : feed.title();
      List<ParsedFeed.Entry> fresh = new ArrayList<>();
      for (ParsedFeed.Entry e : feed.entries()) if (!seen.contains(e.key())) fresh.add(e);
      java.util.Collections.reverse(fresh); // feeds list newest first; store oldest first
      List<Item> items = new ArrayList<>();
      Set<String> origins = new HashSet<>();
      int pages = 0;
      for (ParsedFeed.Entry e : fresh) {
        String origin = e.url() != null ? e.url() : source.url() + "#" + e.key();
        if (!origins.add(origin)) {
          origin = origin + " [" + e.key() + "]";
          origins.add(origin);
        }
        boolean needsPage = ItemDocuments.isTeaser(e) && e.url() != null;
        boolean mayFetch = !needsPage || pages < settings.pagesPerSource();
        if (needsPage && mayFetch) pages++;
        items.add(new Item(e, origin, documents.document(source, outlet, feed.language(), e, origin, mayFetch)));
      }
      String movedTo = fetched.movedPermanently() ? fetched.uri().toString() : null;
      return new Harvest(source, RoundReport.Kind.UPDATED, fetched.validators(), null, null, items, movedTo);
    } catch (FetchException.NotModified e) {
      return new Harvest(source, RoundReport.Kind.NOT_MODIFIED, e.validators(), null, null, List.of());
    } catch (FetchException.TooManyRequests e) {
      return new Harvest(
          source, RoundReport.Kind.RATE_LIMITED, sent, e.retryAfter().orElse(null), e.getMessage(), List.of());
    } catch (FetchException | FeedParseException | StoreException e) {
      return failed(source, sent, e.getMessage());
    } catch (IllegalArgumentException e) {
      return failed(source, sent, "bad feed URL " + source.url() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return failed(source, sent, source.url() + ": unexpected failure: " + e);
    } catch (StackOverflowError e) {
      // pathological nesting in a hostile feed; the thread's stack is unwound by now
      return failed(source, sent, source.url() + ": feed is nested too deeply to read");
    }
  }

  /** A source's harvest, a failure of any kind (an error too) being that source's failure alone. */
  private Harvest harvestAnyway(Source source) {
    try {
      return harvest(source);
    } catch (Throwable e) {
      Validators sent = new Validators(source.status().etag(), source.status().lastModified());
      return failed(source, sent, source.url() + ": unexpected failure: " + e);
    }
  }

  private static Harvest failed(Source source, Validators sent, String error) {
    return new Harvest(source, RoundReport.Kind.FAILED, sent, null, error, List.of());
  }

  /** Stores a harvest's items and records the source's new status. */
  private RoundReport.SourceOutcome finish(Harvest h) throws StoreException {
    Source s = h.source();
    Instant now = clock.instant();
    Source.Status old = s.status();
    int added = 0;
    int duplicates = 0;
    int failed = 0;
    List<IngestReport.Failure> failures = List.of();
    List<String> stories = List.of();
    RoundReport.Kind kind = h.kind();
    String error = h.error();
    Validators validators = h.validators();
    if (kind == RoundReport.Kind.UPDATED && !h.items().isEmpty()) {
      Map<String, String> outcomes = new HashMap<>();
      try {
        IngestReport report;
        // the clusterer behind the ingestor is single-threaded: other writers (a server's uploads) lock it too
        Ingestor ingestor = pipeline.open();
        synchronized (ingestor) {
          report = ingestor.run(new Items(h.items()), (origin, outcome) -> outcomes.put(origin, outcome));
        }
        added = report.added();
        duplicates = report.duplicates();
        failed = report.failures().size();
        failures = report.failures();
        stories = report.stories();
        Map<String, String> seen = new HashMap<>();
        for (Item item : h.items()) recordSeen(seen, item, outcomes.get(item.origin()));
        sources.markSeen(s.id(), seen);
      } catch (StoreException | IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // the source fails this round and is tried again; the other sources of the round go on
        kind = RoundReport.Kind.FAILED;
        error = "cannot store items of " + s.url() + ": " + (e instanceof Error ? e.toString() : e.getMessage());
        validators = new Validators(old.etag(), old.lastModified());
      }
    }
    Source.Status status =
        switch (kind) {
          case UPDATED, NOT_MODIFIED ->
              new Source.Status(validators.etag(), validators.lastModified(), now, now, now.plus(s.interval()), 0, null);
          case RATE_LIMITED -> {
            Duration wait = h.retryAfter() != null ? h.retryAfter() : backoff(s, old.errors() + 1);
            if (wait.compareTo(s.interval()) < 0) wait = s.interval();
            yield new Source.Status(
                old.etag(), old.lastModified(), now, old.lastSuccess(), now.plus(wait), old.errors() + 1, error);
          }
          case FAILED ->
              new Source.Status(
                  old.etag(), old.lastModified(), now, old.lastSuccess(), now.plus(backoff(s, old.errors() + 1)),
                  old.errors() + 1, error);
        };
    sources.updateStatus(s.id(), status);
    if (h.movedTo() != null && kind == RoundReport.Kind.UPDATED && sources.updateUrl(s.id(), h.movedTo()))
      s = new Source(s.id(), h.movedTo(), s.name(), s.homepage(), s.icon(), s.category(), s.membersOnly(), s.interval(), status);
    return new RoundReport.SourceOutcome(s.withStatus(status), kind, h.items().size(), added, duplicates, failed, error, failures, stories);
  }

  /**
   * Marks an item as taken once the pipeline has decided about it (stored, duplicate, or content that cannot
   * be extracted); items whose page could not be fetched stay unseen and are tried again next round.
   */
  private static void recordSeen(Map<String, String> seen, Item item, String outcome) {
    if (outcome == null || item.result() instanceof ReadResult.Failed) return;
    String articleId = null;
    if (outcome.equals("new")) articleId = ((ReadResult.Ok) item.result()).document().given().id();
    else if (outcome.startsWith("duplicate of ")) articleId = outcome.substring("duplicate of ".length());
    seen.put(item.entry().key(), articleId);
  }

  /** Twice the interval per failure in a row, capped. */
  Duration backoff(Source s, int errors) {
    Duration d = s.interval().multipliedBy(1L << Math.min(errors, 16));
    return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) pool.shutdownNow();
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The documents of one source's new items, for the {@link Ingestor}. */
  private record Items(List<Item> items) implements DocumentSource {
    @Override
    public long estimatedSize() {
      return items.size();
    }

    @Override
    public Stream<ReadResult> read() {
      return items.stream().map(Item::result);
    }
  }
}

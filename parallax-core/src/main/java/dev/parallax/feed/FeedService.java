package dev.parallax.feed;

import dev.parallax.app.Parallax;
import dev.parallax.fetch.FetchPolicy;
import dev.parallax.fetch.HttpFetcher;
import dev.parallax.store.StoreException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The feed parts of an open installation, wired once: source store, fetcher, poller, subscriptions and (for
 * a server) the scheduler. Close it before the {@link Parallax} it feeds.
 */
public final class FeedService implements AutoCloseable {

  private final JdbcSourceStore sources;
  private final HttpFetcher fetcher;
  private final FeedPoller poller;
  private final Subscriptions subscriptions;
  private FeedScheduler scheduler;
  private PollingStatus last = PollingStatus.NOT_STARTED;

  private FeedService(JdbcSourceStore sources, HttpFetcher fetcher, FeedPoller poller, Subscriptions subscriptions) {
    this.sources = sources;
    this.fetcher = fetcher;
    this.poller = poller;
    this.subscriptions = subscriptions;
  }

  /** Opens the source store of {@code parallax}'s database and the fetcher under {@code policy}. */
  public static FeedService open(Parallax parallax, FetchPolicy policy, InstantSource clock) throws StoreException {
    Objects.requireNonNull(parallax, "parallax");
    JdbcSourceStore store = JdbcSourceStore.open(parallax.config(), clock);
    HttpFetcher fetcher = new HttpFetcher(policy, clock);
    // the pipeline (and its replay of the stored stories) opens when the first new items arrive
    FeedPoller poller = new FeedPoller(store, fetcher, parallax::ingestor, clock, FeedPoller.Settings.DEFAULT);
    return new FeedService(store, fetcher, poller, new Subscriptions(store, fetcher, clock));
  }

  public SourceStore sources() {
    return sources;
  }

  public FeedPoller poller() {
    return poller;
  }

  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** Starts polling due sources every {@code tick} in the background (for {@code serve}). */
  public synchronized void start(Duration tick, Consumer<RoundReport> onRound, Consumer<Throwable> onError) {
    if (scheduler != null) throw new IllegalStateException("feed polling already started");
    scheduler = new FeedScheduler(poller, tick, onRound, onError);
    scheduler.start();
  }

  /** How background polling is going ({@link PollingStatus#NOT_STARTED} when it was never started). */
  public synchronized PollingStatus pollingStatus() {
    return scheduler == null ? last : scheduler.status();
  }

  /** Stops background polling, waiting up to {@code timeout} for a round in progress. */
  public synchronized void stop(Duration timeout) {
    if (scheduler != null) {
      scheduler.stop(timeout);
      last = scheduler.status();
    }
    scheduler = null;
  }

  @Override
  public void close() throws StoreException {
    stop(Duration.ofSeconds(30));
    try {
      poller.close();
      fetcher.close();
    } finally {
      sources.close();
    }
  }
}

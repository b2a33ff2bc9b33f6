package dev.parallax.feed;

import dev.parallax.store.StoreException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps sources up to date in a running server: every {@code tick} it polls the sources that are due (each
 * source has its own interval and backoff). One round at a time on one named thread; {@link #stop} waits for
 * the round in progress.
 */
public final class FeedScheduler implements AutoCloseable {

  private final FeedPoller poller;
  private final Duration tick;
  private final Consumer<RoundReport> onRound;
  private final Consumer<Exception> onError;
  private ScheduledExecutorService executor;

  /**
   * @param onRound hears each round's report (for logs)
   * @param onError hears a round that could not run at all (the source store failed)
   */
  public FeedScheduler(FeedPoller poller, Duration tick, Consumer<RoundReport> onRound, Consumer<Exception> onError) {
    this.poller = Objects.requireNonNull(poller, "poller");
    this.tick = Objects.requireNonNull(tick, "tick");
    if (tick.isNegative() || tick.isZero()) throw new IllegalArgumentException("tick must be > 0: " + tick);
    this.onRound = Objects.requireNonNull(onRound, "onRound");
    this.onError = Objects.requireNonNull(onError, "onError");
  }

  public synchronized void start() {
    if (executor != null) throw new IllegalStateException("scheduler already started");
    ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, FeedPoller.named("parallax-feed-scheduler-"));
    e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor = e;
    executor.scheduleWithFixedDelay(this::round, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void round() {
    try {
      onRound.accept(poller.pollDue());
    } catch (StoreException | RuntimeException e) {
      // a failed round must not end the schedule; the next tick tries again
      onError.accept(e);
    }
  }

  public synchronized boolean running() {
    return executor != null && !executor.isShutdown();
  }

  /** Stops polling, waiting up to {@code timeout} for a round in progress. */
  public synchronized void stop(Duration timeout) {
    if (executor == null) return;
    executor.shutdown();
    try {
      if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) executor.shutdownNow();
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(30));
  }
}

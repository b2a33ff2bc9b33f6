package dev.parallax.feed;

import dev.parallax.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Keeps sources up to date in a running server: every {@code tick} it polls the sources that are due (each
 * source has its own interval and backoff). One round at a time on one named thread; {@link #stop} waits for
 * the round in progress.
 *
 * <p>A round that fails in any way, an {@link Error} included (a heap exhausted by one story, a stack
 * overflow, a failed assertion), is reported and counted in {@link #status()}, and the next tick polls
 * again: an exception escaping a scheduled task would cancel the schedule and stop all polling silently.
 */
public final class FeedScheduler implements AutoCloseable {

  /** One polling round, e.g. {@link FeedPoller#pollDue}. */
  @FunctionalInterface
  public interface Round {
    RoundReport run() throws StoreException;
  }

  private final Round round;
  private final Duration tick;
  private final InstantSource clock;
  private final Consumer<RoundReport> onRound;
  private final Consumer<Throwable> onError;
  private ScheduledExecutorService executor;
  private final AtomicReference<PollingStatus> status = new AtomicReference<>(PollingStatus.NOT_STARTED);

  public FeedScheduler(FeedPoller poller, Duration tick, Consumer<RoundReport> onRound, Consumer<Throwable> onError) {
    this(Objects.requireNonNull(poller, "poller")::pollDue, tick, InstantSource.system(), onRound, onError);
  }

  /**
   * @param onRound hears each round's report (for logs; briefing what changed); what it throws fails the round
   * @param onError hears a round that failed: the source store failed, or anything thrown, errors included
   */
  public FeedScheduler(
      Round round, Duration tick, InstantSource clock, Consumer<RoundReport> onRound, Consumer<Throwable> onError) {
    this.round = Objects.requireNonNull(round, "round");
    this.tick = Objects.requireNonNull(tick, "tick");
    if (tick.isNegative() || tick.isZero()) throw new IllegalArgumentException("tick must be > 0: " + tick);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.onRound = Objects.requireNonNull(onRound, "onRound");
    this.onError = Objects.requireNonNull(onError, "onError");
  }

  public synchronized void start() {
    if (executor != null) throw new IllegalStateException("scheduler already started");
    ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, FeedPoller.named("parallax-feed-scheduler-"));
    e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor = e;
    status.updateAndGet(st -> st.withRunning(true));
    executor.scheduleWithFixedDelay(this::round, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** How polling is going. */
  public PollingStatus status() {
    return status.get();
  }

  private void round() {
    try {
      poll();
    } catch (Throwable last) {
      // even reporting a failure can fail (the heap still short): whatever escaped would end the schedule
    }
  }

  private void poll() {
    Instant start = clock.instant();
    status.updateAndGet(st -> st.started(start));
    try {
      onRound.accept(round.run());
      Instant end = clock.instant();
      status.updateAndGet(st -> st.succeeded(end));
    } catch (Throwable e) {
      // nothing may leave a scheduled task: it would cancel the schedule; the next tick tries again
      Instant end = clock.instant();
      status.updateAndGet(st -> st.failed(end, e));
      try {
        onError.accept(e);
      } catch (Throwable ignored) {
        // a listener that fails (stderr gone, the heap still short) must not end polling either
      }
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
    status.updateAndGet(st -> st.withRunning(false));
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(30));
  }
}

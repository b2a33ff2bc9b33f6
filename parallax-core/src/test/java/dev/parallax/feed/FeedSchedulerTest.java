package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.fetch.FetchPolicy;
import dev.parallax.fetch.HttpFetcher;
import dev.parallax.fetch.TestServer;
import dev.parallax.ingest.Ingestor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling goes on whatever a round throws, and the failure shows. */
class FeedSchedulerTest {

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2025-02-19T00:00:00Z"));
  private TestServer server;
  private Parallax parallax;
  private JdbcSourceStore sources;
  private HttpFetcher fetcher;

  @BeforeEach
  void open() throws Exception {
    server = new TestServer();
    parallax = Parallax.open(Config.embedded(dir), clock);
    sources = JdbcSourceStore.sqlite(dir, clock);
    fetcher = new HttpFetcher(FetchPolicy.DEFAULT.withAllowPrivateHosts(true).withTimeout(Duration.ofSeconds(2)), clock);
  }

  @AfterEach
  void close() throws Exception {
    fetcher.close();
    sources.close();
    parallax.close();
    server.close();
  }

  @Test
  void keepsPollingAfterARoundThatThrowsAnErrorAndShowsTheFailure() throws Exception {
    server.body("/feed.xml", "application/rss+xml", FeedPollerTest.rss("Daily", FeedPollerTest.fullItem(1)));
    sources.add(NewSource.of(server.uri("/feed.xml").toString()));
    List<RoundReport> rounds = new CopyOnWriteArrayList<>();
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    try (FeedPoller poller = new FeedPoller(sources, fetcher, parallax::ingestor, clock, FeedPoller.Settings.DEFAULT)) {
      FeedScheduler.Round failingFirst = () -> {
        if (calls.incrementAndGet() == 1) throw new OutOfMemoryError("Java heap space (thrown by the test)");
        return poller.pollDue();
      };
      FeedScheduler scheduler = new FeedScheduler(failingFirst, Duration.ofMillis(20), clock, rounds::add, errors::add);
      scheduler.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (rounds.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
      PollingStatus status = scheduler.status();
      scheduler.stop(Duration.ofSeconds(5));

      assertThat(rounds).as("polling went on after the error").isNotEmpty();
      assertThat(parallax.store().articleCount()).isEqualTo(1);
      assertThat(errors).first().isInstanceOf(OutOfMemoryError.class);
      assertThat(status.running()).isTrue();
      assertThat(status.roundsFailed()).isEqualTo(1);
      assertThat(status.roundsOk()).isPositive();
      assertThat(status.failing()).as("the latest round went through").isFalse();
      assertThat(status.lastFailure()).isEqualTo("OutOfMemoryError: Java heap space (thrown by the test)");
      assertThat(status.lastFailureAt()).isEqualTo(clock.instant());
      assertThat(scheduler.status().running()).isFalse();
    }
  }

  @Test
  void aSourceWhoseItemsCannotBeStoredFailsAloneAndTheRoundGoesOn() throws Exception {
    server.body("/a.xml", "application/rss+xml", FeedPollerTest.rss("A", FeedPollerTest.fullItem(1)));
    server.body("/b.xml", "application/rss+xml", FeedPollerTest.rss("B", FeedPollerTest.fullItem(2)));
    sources.add(NewSource.of(server.uri("/a.xml").toString()));
    sources.add(NewSource.of(server.uri("/b.xml").toString()));
    AtomicInteger opened = new AtomicInteger();
    FeedPoller.Pipeline failingOnce = () -> {
      if (opened.incrementAndGet() == 1) throw new StackOverflowError("thrown by the test");
      return parallax.ingestor();
    };
    try (FeedPoller poller = new FeedPoller(sources, fetcher, failingOnce, clock, FeedPoller.Settings.DEFAULT)) {
      RoundReport round = poller.pollDue();

      assertThat(round.outcomes()).extracting(RoundReport.SourceOutcome::kind)
          .containsExactlyInAnyOrder(RoundReport.Kind.FAILED, RoundReport.Kind.UPDATED);
      assertThat(round.outcomes()).filteredOn(o -> o.kind() == RoundReport.Kind.FAILED).singleElement()
          .satisfies(o -> assertThat(o.error()).contains("StackOverflowError"));
      assertThat(parallax.store().articleCount()).isEqualTo(1);

      clock.advance(Duration.ofDays(1)); // past the failed source's backoff
      RoundReport next = poller.pollDue();
      assertThat(next.added()).as("the failed source's item is stored on the next round").isEqualTo(1);
      assertThat(parallax.store().articleCount()).isEqualTo(2);
    }
  }
}

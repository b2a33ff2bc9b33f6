package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestArticles;
import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.consistency.ConsistencyCheck;
import dev.parallax.fetch.FetchPolicy;
import dev.parallax.fetch.HttpFetcher;
import dev.parallax.fetch.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed mid-poll: the poller of the next one goes through the pipeline that completes its work. */
class PollAfterCrashTest {

  @TempDir Path dir;

  @Test
  void theFirstRoundWithNewItemsCompletesWhatAKilledServerLeftPending() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2025-02-19T00:00:00Z"));
    // what a server killed right after storing an item leaves: the article, not indexed, in no story
    try (Parallax p = Parallax.open(Config.embedded(dir), clock)) {
      p.store().put(TestArticles.article("left", "Daily Planet", "Talks in Riyadh ended without a deal."));
    }
    try (TestServer server = new TestServer();
        Parallax parallax = Parallax.open(Config.embedded(dir), clock);
        JdbcSourceStore sources = JdbcSourceStore.sqlite(dir, clock);
        HttpFetcher fetcher =
            new HttpFetcher(FetchPolicy.DEFAULT.withAllowPrivateHosts(true).withTimeout(Duration.ofSeconds(20)), clock);
        FeedPoller poller = new FeedPoller(sources, fetcher, parallax::ingestor, clock, FeedPoller.Settings.DEFAULT)) {
      server.route("/feed.xml", ex -> TestServer.send(ex, 200, "application/rss+xml",
          FeedPollerTest.rss("Daily", FeedPollerTest.fullItem(1))));
      sources.add(new NewSource(server.uri("/feed.xml").toString(), "Daily Planet", null, null, null, false, null));

      RoundReport round = poller.pollDue();
      parallax.briefStories(round.stories(), done -> {}); // as serve does after each round

      assertThat(round.outcomes()).singleElement().satisfies(o -> assertThat(o.added()).as(o.toString()).isEqualTo(1));
      assertThat(parallax.index().search("Riyadh", 10)).extracting(h -> h.articleId()).contains("left");
      assertThat(parallax.store().storyOf("left")).isPresent();
      assertThat(ConsistencyCheck.check(parallax).lines()).isEmpty();
      assertThat(parallax.store().articleCount()).isEqualTo(2);
      assertThat(parallax.lastCompletion().articles()).isEqualTo(1);
    }
  }
}

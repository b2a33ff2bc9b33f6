package dev.parallax.server;

import dev.parallax.app.Parallax;
import dev.parallax.brief.Brief;
import dev.parallax.digest.BriefException;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The brief a reader is shown, never built while the reader waits if there is one to show: the current
 * brief; else, when the story has grown since its brief was made (polling adds articles, then briefs the
 * stories it touched), that earlier brief at once while the new one is made in the background; else one
 * made now. A brief that cannot be made gives way to a note, and the story's coverage is shown anyway.
 */
final class StoryBriefs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StoryBriefs.class);
  /** Shown when a story's brief could not be made. */
  static final String NO_BRIEF = "The brief of this story could not be made for now; its coverage is below. It will be tried again.";
  /** How soon a story shown with an earlier brief is looked at again. */
  static final Duration RECHECK = Duration.ofSeconds(2);
  /** Stories waiting to be briefed in the background; more are left to the next request (or to polling). */
  private static final int QUEUED = 64;

  /**
   * @param recheckAt when to look for a newer brief (null: this one is current)
   */
  record Shown(Brief brief, Instant recheckAt) {}

  private final Parallax parallax;
  private final InstantSource clock;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor background =
      new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(QUEUED),
          r -> Thread.ofPlatform().daemon().name("story-brief").unstarted(r), new ThreadPoolExecutor.DiscardPolicy());

  StoryBriefs(Parallax parallax, InstantSource clock) {
    this.parallax = parallax;
    this.clock = clock;
  }

  Shown brief(Story story, List<Article> articles) throws StoreException {
    Optional<Brief> current = parallax.digests().current(story);
    if (current.isPresent()) return new Shown(current.get(), null);
    Optional<Brief> earlier = parallax.digests().latest(story.id());
    if (earlier.isPresent()) {
      briefLater(story.id());
      return new Shown(earlier.get(), clock.instant().plus(RECHECK));
    }
    try {
      return new Shown(parallax.brief(story, articles), null);
    } catch (BriefException e) {
      LOG.warn("{}", e.getMessage());
      return new Shown(noBrief(story, articles), e.failure().retryAt());
    }
  }

  private void briefLater(String storyId) {
    // a story already waiting is not queued twice; with the queue full, the next request asks again
    if (background.getQueue().size() >= QUEUED || !pending.add(storyId)) return;
    background.execute(() -> {
      try {
        Optional<Story> now = parallax.store().story(storyId);
        if (now.isPresent()) parallax.brief(now.get(), parallax.articlesOf(now.get()));
      } catch (BriefException e) {
        LOG.warn("{}", e.getMessage());
      } catch (StoreException | RuntimeException e) {
        LOG.warn("cannot brief story {}: {}", storyId, e.toString());
      } finally {
        pending.remove(storyId);
      }
    });
  }

  /** What a story shows when its brief could not be built: a headline and a note saying so, over its coverage. */
  private static Brief noBrief(Story story, List<Article> articles) {
    String headline = articles.stream().map(Newsroom::titleOf).findFirst().orElse(story.title());
    return new Brief(headline, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(NO_BRIEF));
  }

  @Override
  public void close() {
    background.shutdownNow();
  }
}

package dev.parallax.digest;

import dev.parallax.brief.Brief;
import dev.parallax.brief.Briefer;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Keeps every story's brief current: after articles arrive the stories they touched are briefed again
 * (each article's sentences and names are cached by the briefer, so a story that gains one article pays
 * mostly for the new one), and a reader is served the stored brief, built again only if the story changed
 * since. A brief that fails (a bug, a story too odd to brief) is remembered for a while, so readers get the
 * story's coverage without paying for the failure on every request. Thread-safe.
 */
public final class Digests {

  /** How long a brief that failed is not tried again for the same members. */
  public static final Duration RETRY_AFTER = Duration.ofMinutes(10);

  private final DigestStore store;
  private final Briefer briefer;
  private final InstantSource clock;
  private final BriefFailures failures = new BriefFailures();

  public Digests(DigestStore store, Briefer briefer, InstantSource clock) {
    this.store = store;
    this.briefer = briefer;
    this.clock = clock;
  }

  public DigestStore store() {
    return store;
  }

  /**
   * The story's brief: the stored one if it was built from these members, else built now and stored.
   *
   * @throws BriefException if building it fails, or failed less than {@link #RETRY_AFTER} ago for the same
   *     members (it is not built again on every request meanwhile)
   */
  public Brief brief(Story story, List<Article> articles) throws StoreException, BriefException {
    String signature = signature(story);
    Optional<Digest> stored = store.digest(story.id());
    if (stored.isPresent() && stored.get().signature().equals(signature)) return stored.get().brief();
    BriefException.Failure failed = failures.recent(story.id(), signature, clock.instant());
    if (failed != null) throw new BriefException(failed, null);
    Brief fresh;
    try {
      fresh = briefer.brief(story, articles);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // one story's failure stays with that story: it is remembered, and readers get its coverage meanwhile
      Instant now = clock.instant();
      BriefException.Failure f = new BriefException.Failure(story.id(), signature, now, describe(e), now.plus(RETRY_AFTER));
      failures.put(f);
      throw new BriefException(f, e);
    }
    failures.remove(story.id());
    store.save(story.id(), new Digest(signature, clock.instant(), fresh));
    return fresh;
  }

  /** The briefs that failed lately, the latest last (at most {@link BriefFailures#KEPT}). */
  public List<BriefException.Failure> failures() {
    return failures.all();
  }

  /** The story's stored brief, whatever articles it was built from (the story may have grown since). */
  public Optional<Brief> latest(String storyId) throws StoreException {
    return store.digest(storyId).map(Digest::brief);
  }

  /** The stored brief if it is current, without building one. */
  public Optional<Brief> current(Story story) throws StoreException {
    return store.digest(story.id()).filter(d -> d.signature().equals(signature(story))).map(Digest::brief);
  }

  /**
   * Briefs the stories again (those merged away or gone are skipped).
   *
   * @param done told how many stories are done so far, for a progress display
   * @return how many stories were briefed
   */
  public int refresh(Collection<String> storyIds, ArticleStore articles, IntConsumer done) throws StoreException {
    return refresh(storyIds, articles, done, failure -> {});
  }

  /**
   * Briefs the stories again; a story whose brief fails is reported to {@code failed} and the rest go on.
   *
   * @return how many stories were briefed
   */
  public int refresh(
      Collection<String> storyIds, ArticleStore articles, IntConsumer done, Consumer<BriefException.Failure> failed)
      throws StoreException {
    int n = 0;
    int seen = 0;
    for (String id : storyIds) {
      Optional<Story> story = articles.story(id);
      if (story.isPresent()) {
        try {
          brief(story.get(), articles.articles(story.get().articleIds()));
          n++;
        } catch (BriefException e) {
          failed.accept(e.failure());
        }
      }
      done.accept(++seen);
    }
    return n;
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Names the story's membership: equal signatures mean the same articles in the same order. */
  public static String signature(Story story) {
    return signature(story.articleIds());
  }

  /** The signature of a story with these members, in member order. */
  public static String signature(List<String> articleIds) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String id : articleIds) {
        sha.update(id.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return articleIds.size() + ":" + HexFormat.of().formatHex(sha.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}

package dev.parallax.members;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestArticles;
import dev.parallax.feed.NewSource;
import dev.parallax.feed.SourceStore;
import dev.parallax.members.MembersOnlyStore.Change;
import dev.parallax.store.ArticleStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the members-only marks must do on every database; they share it with articles and sources. */
abstract class MembersOnlyStoreContract {

  ArticleStore articles;
  SourceStore sources;
  MembersOnlyStore marks;

  /** Opens a fresh database: its article, source and members-only stores. */
  abstract void open() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    open();
    articles.put(TestArticles.article("free-1", "Free Press", "A free article."));
    articles.put(TestArticles.article("paid-1", "The Paid Times", "A paid article."));
    articles.put(TestArticles.article("feed-1", "Feed Outlet", "An article from a feed."));
    articles.put(TestArticles.article("feed-2", "Feed Outlet", "Another article from the feed."));
    articles.settle(List.of("free-1", "paid-1", "feed-1", "feed-2"));
  }

  @AfterEach
  void tearDown() throws Exception {
    marks.close();
    sources.close();
    articles.close();
  }

  @Test
  void marksAnOutletByNameOrIdAndItsArticlesBecomeMembersOnly() throws Exception {
    assertThat(marks.membersOnly(List.of("free-1", "paid-1"))).isEmpty();
    assertThat(marks.markOutlet("The Paid Times", true)).isEqualTo(Change.CHANGED);
    assertThat(marks.markOutlet("the-paid-times", true)).isEqualTo(Change.UNCHANGED);
    assertThat(marks.markedOutlets()).containsExactly("the-paid-times");
    assertThat(marks.membersOnly(List.of("free-1", "paid-1", "no-such-article"))).containsExactly("paid-1");
    assertThat(marks.membersOnly("paid-1")).isTrue();
    assertThat(marks.membersOnlyArticles()).containsExactly("paid-1");
    assertThat(marks.outlets()).contains(
        new MembersOnlyStore.OutletMark("the-paid-times", "The Paid Times", true),
        new MembersOnlyStore.OutletMark("free-press", "Free Press", false));

    assertThat(marks.markOutlet("the paid times", false)).isEqualTo(Change.CHANGED);
    assertThat(marks.membersOnly("paid-1")).isFalse();
    assertThat(marks.markedOutlets()).isEmpty();
  }

  @Test
  void anUnknownOutletOrSourceIsNotMarked() throws Exception {
    assertThat(marks.markOutlet("Nobody Publishes This", true)).isEqualTo(Change.UNKNOWN);
    assertThat(marks.markSource(999, true)).isEqualTo(Change.UNKNOWN);
    assertThat(marks.markedOutlets()).isEmpty();
    assertThat(marks.markedSources()).isEmpty();
    assertThat(marks.membersOnlyArticles()).isEmpty();
  }

  @Test
  void marksASourceAndTheArticlesTakenFromItBecomeMembersOnly() throws Exception {
    long feed = sources.add(NewSource.of("https://feed.example/rss")).source().id();
    long other = sources.add(NewSource.of("https://other.example/rss")).source().id();
    sources.markSeen(feed, Map.of("item-1", "feed-1", "item-2", "feed-2"));
    sources.markSeen(other, "item-9", "free-1");
    String before = marks.signature();

    assertThat(marks.markSource(feed, true)).isEqualTo(Change.CHANGED);
    assertThat(marks.markSource(feed, true)).isEqualTo(Change.UNCHANGED);
    assertThat(marks.signature()).isNotEqualTo(before);
    assertThat(marks.markedSources()).containsExactly(feed);
    assertThat(marks.sources()).containsExactly(
        new MembersOnlyStore.SourceMark(feed, "https://feed.example/rss", null, true),
        new MembersOnlyStore.SourceMark(other, "https://other.example/rss", null, false));
    assertThat(marks.membersOnlyArticles()).containsExactlyInAnyOrder("feed-1", "feed-2");
    assertThat(sources.source(feed).orElseThrow().membersOnly()).isTrue();
    assertThat(marks.membersOnly(List.of("free-1", "paid-1", "feed-1", "feed-2"))).containsExactlyInAnyOrder("feed-1", "feed-2");

    // the same text taken again from a members-only source: the mark errs on the member's side
    sources.markSeen(feed, "item-3", "free-1");
    assertThat(marks.membersOnly("free-1")).isTrue();

    assertThat(marks.markSource(feed, false)).isEqualTo(Change.CHANGED);
    assertThat(marks.membersOnly(List.of("free-1", "feed-1", "feed-2"))).isEmpty();
    assertThat(marks.signature()).isEqualTo(before);
  }

  @Test
  void anArticleNotYetLinkedToItsSourceIsMembersOnlyWhileAnySourceIs() throws Exception {
    long feed = sources.add(NewSource.of("https://feed.example/rss")).source().id();
    marks.markSource(feed, true);
    // stored by a poll (pending) that has not recorded its items yet
    articles.put(TestArticles.article("new-1", "Feed Outlet", "Just arrived from the feed."));
    assertThat(marks.membersOnly("new-1")).isTrue();
    // linked to a free source: free once settled as well
    long free = sources.add(NewSource.of("https://free.example/rss")).source().id();
    sources.markSeen(free, "x", "new-1");
    assertThat(marks.membersOnly("new-1")).isFalse();
    articles.put(TestArticles.article("new-2", "Feed Outlet", "Arrived by a file ingest."));
    articles.settle(List.of("new-2"));
    assertThat(marks.membersOnly("new-2")).isFalse();
  }

  @Test
  void asksAboutManyArticlesAtOnce() throws Exception {
    marks.markOutlet("Free Press", true);
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 1200; i++) ids.add("missing-" + i);
    ids.add("free-1");
    assertThat(marks.membersOnly(ids)).containsExactly("free-1");
  }
}

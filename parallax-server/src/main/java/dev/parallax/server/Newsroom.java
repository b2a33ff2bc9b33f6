package dev.parallax.server;

import dev.parallax.app.Parallax;
import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.members.MembersOnlyStore;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.ArticleStore.Coverage;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What readers see, read from an open installation: the ranked front page, stories with their brief and
 * coverage, articles, outlets, related stories and editors' picks. Listings come from a snapshot of the
 * store's coverage rows, rebuilt when the article count changes (checked at most once a second), so a
 * page view costs no full scan. Listings shown to everyone never carry a members-only article's text: a
 * story's card takes its summary from the first article anyone may read (see {@link MembersOnlyStore}).
 */
final class Newsroom {

  private static final Logger LOG = LoggerFactory.getLogger(Newsroom.class);
  private static final long CHECK_EVERY_MILLIS = 1000;
  private static final long RELATED_FRESH_MILLIS = 10 * 60_000;
  /** Related stories shown per story. */
  private static final int RELATED = 5;
  /** The top stories whose related stories the background refresh finds before any reader asks. */
  private static final int RELATED_AHEAD = 100;
  private static final int STORIES_CACHED = 512;
  private static final int ARTICLES_CACHED = 4096;

  private final Parallax parallax;
  private final ArticleStore store;
  private final ArticleSearch search;
  private final InstantSource clock;
  private final Ranking ranking;
  private final StoryBriefs briefs;
  private final MembersOnlyStore marks;
  private final Map<String, String> leads = new ConcurrentHashMap<>();
  private final Map<String, StoryContent> contents =
      new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryContent> eldest) {
          return size() > STORIES_CACHED;
        }
      };
  /** Related stories of a story, kept until it gains an article or for a few minutes. */
  private record Related(List<String> storyIds, int storySize, long computedAt) {}

  private final Map<String, Related> relatedIds = new ConcurrentHashMap<>();
  private final Map<String, Article> recentArticles =
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Article> eldest) {
          return size() > ARTICLES_CACHED;
        }
      };
  private volatile Snapshot snapshot;
  private volatile long lastCheck;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private final ExecutorService refresher =
      Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("front-page-refresh").unstarted(r));

  Newsroom(Parallax parallax, ArticleSearch search, InstantSource clock, Ranking ranking, MembersOnlyStore marks) {
    this.parallax = parallax;
    this.marks = marks;
    this.store = parallax.store();
    this.search = search;
    this.clock = clock;
    this.ranking = ranking;
    this.briefs = new StoryBriefs(parallax, clock);
  }

  /** A story as listed: headline, a short summary, its outlets and time span. */
  record StoryCard(
      String id,
      String title,
      String summary,
      List<String> outlets,
      int articles,
      Instant first,
      Instant last,
      double score,
      String pickNote) {
    boolean picked() {
      return pickNote != null;
    }
  }

  /** A story with everything the story page shows. */
  record StoryPage(StoryCard card, Brief brief, List<Article> coverage) {}

  /** An article with the story it belongs to (null if not clustered). */
  record ArticlePage(Article article, StoryCard story) {}

  /** An outlet with article counts. */
  record OutletSummary(String id, String name, int articles) {}

  /** An article as listed: title, outlet, time and story, and whether only members read it in full. */
  record ArticleLine(String id, String title, String outlet, Instant time, String storyId, boolean membersOnly) {}

  record OutletPage(OutletSummary outlet, List<ArticleLine> articles) {}

  /** The top stories, best first. */
  List<StoryCard> top(int offset, int limit) throws StoreException {
    List<String> ids = snapshot().ranked();
    List<StoryCard> cards = new ArrayList<>();
    for (int i = offset; i < Math.min(ids.size(), offset + limit); i++) cards.add(card(ids.get(i)));
    return cards;
  }

  int storyCount() throws StoreException {
    return snapshot().ranked().size();
  }

  List<StoryCard> picks() throws StoreException {
    Snapshot s = snapshot();
    List<StoryCard> cards = new ArrayList<>();
    for (ArticleStore.Pick p : s.picks()) if (s.byStory().containsKey(p.storyId())) cards.add(card(p.storyId()));
    return cards;
  }

  Optional<StoryPage> story(String id) throws StoreException {
    Optional<Story> story = store.story(id);
    if (story.isEmpty()) return Optional.empty();
    StoryContent content = content(story.get());
    List<Article> coverage = content.coverage();
    Brief brief = content.brief();
    StoryCard card = snapshot().byStory().containsKey(id) ? card(id) : cardOf(story.get(), coverage, marks.membersOnly(story.get().articleIds()));
    return Optional.of(new StoryPage(card, brief, coverage));
  }

  /**
   * The story's articles and brief, read once per membership and kept for the most recently read stories:
   * articles never change under an id and readers come often. A brief older than the story (or none, when it
   * failed) is looked at again after a while (see {@link StoryBriefs}).
   */
  private StoryContent content(Story story) throws StoreException {
    List<String> members = story.articleIds();
    StoryContent cached;
    synchronized (contents) {
      cached = contents.get(story.id());
    }
    if (cached != null && cached.members().equals(members) && !cached.due(clock.instant())) return cached;
    List<Article> articles = parallax.articlesOf(story);
    StoryBriefs.Shown shown = briefs.brief(story, articles);
    StoryContent fresh = new StoryContent(members, articles, shown.brief(), shown.recheckAt());
    synchronized (contents) {
      contents.put(story.id(), fresh);
    }
    return fresh;
  }

  /**
   * @param recheckAt when to look for a newer brief than this one (an earlier one, or none); null if current
   */
  private record StoryContent(List<String> members, List<Article> coverage, Brief brief, Instant recheckAt) {
    boolean due(Instant now) {
      return recheckAt != null && !now.isBefore(recheckAt);
    }
  }

  /** An article, from a small cache of recently read ones (articles never change under an id). */
  Optional<Article> cachedArticle(String id) throws StoreException {
    Article a;
    synchronized (recentArticles) {
      a = recentArticles.get(id);
    }
    if (a != null) return Optional.of(a);
    Optional<Article> read = store.article(id);
    if (read.isPresent())
      synchronized (recentArticles) {
        recentArticles.put(id, read.get());
      }
    return read;
  }

  Optional<ArticlePage> article(String id) throws StoreException {
    Optional<Article> article = cachedArticle(id);
    if (article.isEmpty()) return Optional.empty();
    String storyId = snapshot().storyOf().get(id);
    if (storyId == null) storyId = store.storyOf(id).map(Story::id).orElse(null);
    StoryCard card = storyId != null && snapshot().byStory().containsKey(storyId) ? card(storyId) : null;
    return Optional.of(new ArticlePage(article.get(), card));
  }

  /** Stories whose articles share the most distinctive terms with this one's, best first. */
  List<StoryCard> related(String storyId) throws StoreException, IOException {
    Snapshot s = snapshot();
    return cards(s, related(s, storyId));
  }

  private Related related(Snapshot s, String storyId) throws StoreException, IOException {
    Related known = freshRelated(s, storyId);
    if (known == null) {
      known = new Related(relatedStoryIds(s, storyId, RELATED), storySize(s, storyId), System.currentTimeMillis());
      if (relatedIds.size() > 20_000) relatedIds.clear();
      relatedIds.put(storyId, known);
    }
    return known;
  }

  /**
   * The related stories if they are already known and fresh; empty when finding them would cost a search
   * (tens of milliseconds in a large index), which the story page then leaves to a second request.
   */
  Optional<List<StoryCard>> knownRelated(String storyId) throws StoreException {
    Snapshot s = snapshot();
    Related known = freshRelated(s, storyId);
    return known == null ? Optional.empty() : Optional.of(cards(s, known));
  }

  private Related freshRelated(Snapshot s, String storyId) {
    Related known = relatedIds.get(storyId);
    boolean fresh =
        known != null
            && known.storySize() == storySize(s, storyId)
            && System.currentTimeMillis() - known.computedAt() <= RELATED_FRESH_MILLIS;
    return fresh ? known : null;
  }

  private static int storySize(Snapshot s, String storyId) {
    return s.byStory().getOrDefault(storyId, List.of()).size();
  }

  private List<StoryCard> cards(Snapshot s, Related known) throws StoreException {
    List<StoryCard> cards = new ArrayList<>();
    for (String id : known.storyIds()) if (s.byStory().containsKey(id)) cards.add(card(id));
    return cards;
  }

  private List<String> relatedStoryIds(Snapshot s, String storyId, int limit) throws StoreException, IOException {
    List<Coverage> rows = s.byStory().get(storyId);
    if (rows == null) return List.of();
    StringBuilder text = new StringBuilder();
    for (Coverage c : rows.subList(0, Math.min(3, rows.size()))) {
      Optional<Article> a = cachedArticle(c.articleId());
      if (a.isEmpty()) continue;
      if (a.get().title() != null) text.append(a.get().title()).append('\n');
      a.get().paragraphs().stream().limit(4).forEach(p -> text.append(p).append('\n'));
    }
    Map<String, Float> byStory = new LinkedHashMap<>();
    for (Map.Entry<String, Float> e : search.similar(text.toString(), 60).entrySet()) {
      String other = s.storyOf().get(e.getKey());
      if (other == null || other.equals(storyId)) continue;
      byStory.merge(other, e.getValue(), Math::max);
    }
    return byStory.keySet().stream().limit(limit).toList();
  }

  List<OutletSummary> outlets() throws StoreException {
    return snapshot().outlets().values().stream()
        .sorted(Comparator.comparingInt(OutletSummary::articles).reversed().thenComparing(OutletSummary::name))
        .toList();
  }

  Optional<OutletPage> outlet(String id, int limit) throws StoreException {
    Snapshot s = snapshot();
    OutletSummary o = s.outlets().get(id);
    if (o == null) return Optional.empty();
    List<ArticleLine> lines =
        s.byOutlet().getOrDefault(id, List.of()).stream().limit(limit).map(this::line).toList();
    return Optional.of(new OutletPage(o, lines));
  }

  Optional<OutletSummary> outletSummary(String id) throws StoreException {
    return Optional.ofNullable(snapshot().outlets().get(id));
  }

  ArticleLine line(String articleId) throws StoreException {
    Coverage c = snapshot().byArticle().get(articleId);
    return c == null ? null : line(c);
  }

  /** An admin marked or unmarked a members-only outlet or source: listings are built again at once. */
  void marksChanged() throws StoreException {
    rebuild(true);
  }

  void pick(String storyId, String note) throws StoreException {
    store.pick(storyId, note == null || note.isBlank() ? "" : note.strip());
    rebuild(true);
  }

  boolean unpick(String storyId) throws StoreException {
    boolean was = store.unpick(storyId);
    rebuild(true);
    return was;
  }

  /** The story's card as the front page lists it, if it is listed. */
  Optional<StoryCard> listedCard(String storyId) throws StoreException {
    return snapshot().byStory().containsKey(storyId) ? Optional.of(card(storyId)) : Optional.empty();
  }

  /** Stops the background refresh of the front page. */
  void close() {
    refresher.shutdownNow();
    briefs.close();
  }

  boolean storyExists(String storyId) throws StoreException {
    return snapshot().byStory().containsKey(storyId) || store.story(storyId).isPresent();
  }

  // --- snapshot --------------------------------------------------------------------------------------

  private record Snapshot(
      int articleCount,
      Map<String, List<Coverage>> byStory,
      Map<String, String> storyOf,
      Map<String, Coverage> byArticle,
      Map<String, List<Coverage>> byOutlet,
      Map<String, OutletSummary> outlets,
      List<String> ranked,
      Map<String, Double> scores,
      List<ArticleStore.Pick> picks,
      Map<String, String> pickNotes,
      Set<String> membersOnly,
      String marks) {}

  /**
   * The current listing. Readers never wait for a rebuild once there is one: at most once a second a
   * background thread checks the store and swaps in a new snapshot when articles arrived (building one
   * takes seconds at a few hundred thousand articles).
   */
  private Snapshot snapshot() throws StoreException {
    Snapshot s = snapshot;
    if (s == null) {
      Snapshot first = rebuild(false); // readers arriving together wait for one build, not one each
      refresher.execute(() -> inBackground(() -> relatedAhead(first)));
      return first;
    }
    if (System.currentTimeMillis() - lastCheck >= CHECK_EVERY_MILLIS && refreshing.compareAndSet(false, true)) {
      lastCheck = System.currentTimeMillis();
      refresher.execute(
          () -> {
            try {
              inBackground(() -> relatedAhead(rebuild(false)));
            } finally {
              refreshing.set(false);
            }
          });
    }
    return s;
  }

  private interface Work {
    void run() throws StoreException, IOException;
  }

  private static void inBackground(Work work) {
    try {
      work.run();
    } catch (StoreException | IOException | RuntimeException e) {
      LOG.warn("cannot refresh the front page: {}", e.getMessage());
    }
  }

  /**
   * Finds the related stories of the top stories that have none fresh, so that readers opening a top
   * story (its page or its JSON) do not wait for a "more like this" search: tens of milliseconds each at a
   * million articles. Runs on the refresh thread, after a rebuild.
   */
  private void relatedAhead(Snapshot s) throws StoreException, IOException {
    for (String id : s.ranked().subList(0, Math.min(RELATED_AHEAD, s.ranked().size())))
      if (snapshot == s) related(s, id); // stop when a newer snapshot came in meanwhile
  }

  /** Builds a snapshot when there is none, when {@code always}, or when the article count changed. */
  private synchronized Snapshot rebuild(boolean always) throws StoreException {
    Snapshot s = snapshot;
    int count = store.articleCount();
    // marks change without articles arriving (an admin here, or the CLI in another process)
    String signature = marks.signature();
    if (s == null || always || s.articleCount() != count || !s.marks().equals(signature)) {
      s = build(count, signature);
      try {
        search.refresh();
      } catch (IOException e) {
        throw new StoreException("cannot refresh the search index: " + e.getMessage(), e);
      }
      snapshot = s;
    }
    lastCheck = System.currentTimeMillis();
    return s;
  }

  private Snapshot build(int count, String signature) throws StoreException {
    List<Coverage> rows = store.coverage();
    // read after the rows: every article listed is covered (one that arrives meanwhile is not listed yet)
    Set<String> membersOnly = marks.membersOnlyArticles();
    Map<String, List<Coverage>> byStory = new HashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    Map<String, Coverage> byArticle = new HashMap<>();
    Map<String, List<Coverage>> byOutlet = new HashMap<>();
    Map<String, OutletSummary> outlets = new HashMap<>();
    Instant newest = Instant.EPOCH;
    for (Coverage c : rows) {
      byArticle.put(c.articleId(), c);
      if (c.storyId() != null) {
        byStory.computeIfAbsent(c.storyId(), k -> new ArrayList<>()).add(c);
        storyOf.put(c.articleId(), c.storyId());
      }
      if (c.outletId() != null) {
        byOutlet.computeIfAbsent(c.outletId(), k -> new ArrayList<>()).add(c);
        outlets.merge(
            c.outletId(), new OutletSummary(c.outletId(), c.outletName(), 1),
            (a, b) -> new OutletSummary(a.id(), a.name(), a.articles() + 1));
      }
      Instant t = time(c);
      if (t.isAfter(newest)) newest = t;
    }
    for (List<Coverage> l : byOutlet.values()) l.sort(Comparator.comparing(Newsroom::time).reversed());
    Instant now = clock.instant();
    Instant reference = newest.isAfter(now) || newest.equals(Instant.EPOCH) ? now : newest;
    Map<String, Double> scores = new HashMap<>();
    for (Map.Entry<String, List<Coverage>> e : byStory.entrySet()) {
      List<Ranking.Item> items = e.getValue().stream().map(c -> new Ranking.Item(c.outletId(), time(c))).toList();
      scores.put(e.getKey(), ranking.score(items, reference));
    }
    Map<String, Instant> lastOf = new HashMap<>();
    byStory.forEach((k, v) -> lastOf.put(k, v.stream().map(Newsroom::time).max(Comparator.naturalOrder()).orElseThrow()));
    List<String> ranked = new ArrayList<>(byStory.keySet());
    ranked.sort(
        Comparator.comparing((String id) -> -scores.get(id))
            .thenComparing(id -> lastOf.get(id), Comparator.reverseOrder())
            .thenComparing(id -> id));
    List<ArticleStore.Pick> picks = store.picks();
    Map<String, String> notes = new HashMap<>();
    for (ArticleStore.Pick p : picks) notes.put(p.storyId(), p.note() == null ? "" : p.note());
    return new Snapshot(
        count, byStory, storyOf, byArticle, byOutlet, outlets, List.copyOf(ranked), scores, picks, notes, membersOnly,
        signature);
  }

  private StoryCard card(String storyId) throws StoreException {
    Snapshot s = snapshot();
    List<Coverage> rows = s.byStory().get(storyId);
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    Instant first = null;
    Instant last = null;
    String title = null;
    // the span a reader sees is the publication dates; arrival times stand in only when nothing is dated
    boolean anyDated = rows.stream().anyMatch(c -> c.published() != null);
    for (Coverage c : rows) {
      if (c.outletName() != null) outlets.add(c.outletName());
      Instant t = anyDated ? c.published() : c.ingested();
      if (t != null && (first == null || t.isBefore(first))) first = t;
      if (t != null && (last == null || t.isAfter(last))) last = t;
      if (title == null && c.title() != null && !c.title().isBlank()) title = c.title();
    }
    // the first article anyone may read gives the summary; a story of members-only articles has none
    String lead = "";
    for (Coverage c : rows)
      if (!s.membersOnly().contains(c.articleId())) {
        lead = lead(c.articleId());
        break;
      }
    String shown = titleOf(title, lead);
    return new StoryCard(
        storyId, shown, title == null ? afterTitle(shown, lead) : lead, List.copyOf(outlets),
        rows.size(), first, last, s.scores().getOrDefault(storyId, 0.0), s.pickNotes().get(storyId));
  }

  private StoryCard cardOf(Story story, List<Article> coverage, Set<String> membersOnly) {
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    for (Article a : coverage) if (a.outletName() != null) outlets.add(a.outletName());
    String summary = coverage.stream().filter(a -> !membersOnly.contains(a.id())).findFirst().map(Newsroom::leadOf).orElse("");
    String shown = titleOf(story.title(), summary);
    return new StoryCard(
        story.id(), shown, story.title() == null ? afterTitle(shown, summary) : summary, List.copyOf(outlets),
        coverage.size(), story.first(), story.last(), 0, null);
  }

  private String lead(String articleId) throws StoreException {
    String cached = leads.get(articleId);
    if (cached != null) return cached;
    String lead = store.article(articleId).map(Newsroom::leadOf).orElse("");
    if (leads.size() > 50_000) leads.clear();
    leads.put(articleId, lead);
    return lead;
  }

  /** The text from the first substantial paragraph on, cut at a word near 400 characters. */
  static String leadOf(Article a) {
    List<String> ps = a.paragraphs();
    int first = 0;
    while (first < ps.size() - 1 && ps.get(first).length() < 60) first++;
    StringBuilder b = new StringBuilder();
    for (int i = first; i < ps.size() && b.length() < 400; i++) b.append(b.isEmpty() ? "" : " ").append(ps.get(i).strip());
    String lead = b.toString();
    if (lead.length() <= 400) return lead;
    int cut = lead.lastIndexOf(' ', 400);
    return lead.substring(0, cut < 300 ? 400 : cut) + "…";
  }

  /** The lead without the opening words already shown as the derived title, so a card does not repeat itself. */
  static String afterTitle(String shownTitle, String lead) {
    boolean cut = shownTitle.endsWith("…");
    String prefix = cut ? shownTitle.substring(0, shownTitle.length() - 1) : shownTitle;
    if (!lead.startsWith(prefix)) return lead;
    String rest = lead.substring(prefix.length()).replaceFirst("^[.!?]", "").strip();
    if (rest.isEmpty()) return lead;
    return cut ? "…" + rest : rest;
  }

  private ArticleLine line(Coverage c) {
    boolean membersOnly = snapshot.membersOnly().contains(c.articleId());
    // an untitled article is listed by its opening words, unless they are for members only
    String title =
        c.title() != null && !c.title().isBlank() ? c.title() : titleOf(null, membersOnly ? "" : leadUnchecked(c.articleId()));
    return new ArticleLine(c.articleId(), title, c.outletName(), time(c), c.storyId(), membersOnly);
  }

  private String leadUnchecked(String articleId) {
    try {
      return lead(articleId);
    } catch (StoreException e) {
      return "";
    }
  }

  /** The title, or when there is none the opening words of the text, so nothing is listed as "untitled". */
  static String titleOf(String title, String text) {
    if (title != null && !title.isBlank()) return title.strip();
    if (text == null || text.isBlank()) return "Untitled";
    String t = text.strip();
    int end = -1;
    for (int i = 40; i < Math.min(t.length(), 140); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
        end = i;
        break;
      }
    }
    if (end > 0) return t.substring(0, end);
    if (t.length() <= 110) return t;
    int cut = t.lastIndexOf(' ', 110);
    return t.substring(0, cut < 60 ? 110 : cut) + "…";
  }

  static String titleOf(Article a) {
    return titleOf(a.title(), leadOf(a));
  }

  static Instant time(Coverage c) {
    return c.published() != null ? c.published() : c.ingested();
  }
}

package dev.parallax.consistency;

import dev.parallax.app.Parallax;
import dev.parallax.digest.Digests;
import dev.parallax.domain.Story;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the store with what is derived from it: the search index, the stories' membership and the
 * stored briefs; and repairs from the store, the source of truth. Reads ids and signatures only (one query
 * per table and one pass over the index's ids), never an article's text, so it runs on a large store in
 * seconds. Run it on a folder no other process writes (the index is opened for writing anyway).
 */
public final class ConsistencyCheck {

  private ConsistencyCheck() {}

  /** What disagrees now. */
  public static Findings check(Parallax parallax) throws StoreException, IOException {
    ArticleStore store = parallax.store();
    Map<String, String> storyOf = new HashMap<>();
    for (ArticleStore.Coverage c : store.coverage()) storyOf.put(c.articleId(), c.storyId());
    Set<String> indexed = parallax.index().ids();
    Map<String, List<String>> members = store.memberships();
    Map<String, String> briefs = parallax.digests().store().signatures();

    Set<String> missingFromIndex = new TreeSet<>();
    Set<String> unclustered = new TreeSet<>();
    for (Map.Entry<String, String> e : storyOf.entrySet()) {
      if (!indexed.contains(e.getKey())) missingFromIndex.add(e.getKey());
      if (e.getValue() == null) unclustered.add(e.getKey());
    }
    Set<String> notStored = new TreeSet<>();
    for (String id : indexed) if (!storyOf.containsKey(id)) notStored.add(id);

    Set<String> membersNotStored = new TreeSet<>();
    Set<String> empty = new TreeSet<>();
    Set<String> missingBriefs = new TreeSet<>();
    Set<String> staleBriefs = new TreeSet<>();
    for (Map.Entry<String, List<String>> story : members.entrySet()) {
      String id = story.getKey();
      for (String article : story.getValue()) if (!storyOf.containsKey(article)) membersNotStored.add(id + "/" + article);
      if (story.getValue().isEmpty()) {
        empty.add(id);
        continue;
      }
      String stored = briefs.get(id);
      if (stored == null) missingBriefs.add(id);
      else if (!stored.equals(Digests.signature(story.getValue()))) staleBriefs.add(id);
    }
    return new Findings(
        storyOf.size(), indexed.size(), members.size(), List.copyOf(missingFromIndex), List.copyOf(notStored),
        List.copyOf(unclustered), List.copyOf(membersNotStored), List.copyOf(empty), List.copyOf(missingBriefs),
        List.copyOf(staleBriefs), store.pendingCount());
  }

  /**
   * Puts everything back in agreement with the store and returns a fresh check: index documents of no
   * stored article are removed, members that are not stored leave their story (an emptied story goes),
   * articles missing from the index or in no story are marked pending and completed as after a crash
   * (indexed, clustered after a replay of the stored stories, briefed with their story), and the remaining
   * stories with a missing or stale brief are briefed.
   */
  public static Findings repair(Parallax parallax, Findings found) throws StoreException, IOException {
    ArticleStore store = parallax.store();
    for (String id : found.notStored()) parallax.index().delete(id);
    parallax.index().commit();

    Map<String, Set<String>> gone = new HashMap<>();
    for (String member : found.membersNotStored()) {
      int slash = member.indexOf('/');
      gone.computeIfAbsent(member.substring(0, slash), k -> new HashSet<>()).add(member.substring(slash + 1));
    }
    for (Map.Entry<String, Set<String>> e : gone.entrySet()) {
      Optional<Story> story = store.story(e.getKey());
      if (story.isEmpty()) continue;
      List<Story.Member> kept = new ArrayList<>(story.get().members());
      kept.removeIf(m -> e.getValue().contains(m.articleId()));
      if (kept.isEmpty()) store.deleteStory(e.getKey());
      else store.saveStory(new Story(e.getKey(), story.get().title(), kept, story.get().first(), story.get().last()));
    }
    for (String id : found.emptyStories()) store.deleteStory(id);

    Set<String> redo = new TreeSet<>(found.missingFromIndex());
    redo.addAll(found.unclustered());
    store.markPending(redo);
    parallax.completePending();

    Findings now = check(parallax);
    List<String> toBrief = new ArrayList<>(now.missingBriefs());
    toBrief.addAll(now.staleBriefs());
    if (!toBrief.isEmpty()) {
      parallax.briefStories(toBrief, done -> {});
      now = check(parallax);
    }
    return now;
  }
}

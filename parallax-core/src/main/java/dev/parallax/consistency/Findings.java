package dev.parallax.consistency;

import java.util.List;

/**
 * What a consistency check found. Every list is complete (ids, sorted), so a repair can act on it; the
 * counts are those of the store and the index when checked.
 *
 * @param articles stored articles
 * @param indexed documents in the search index
 * @param stories stored stories
 * @param missingFromIndex stored articles the index lacks (not searchable)
 * @param notStored index documents with no stored article
 * @param unclustered stored articles in no story
 * @param membersNotStored story members that are not stored, as {@code story/article}
 * @param emptyStories stories without members
 * @param missingBriefs stories with members but no stored brief
 * @param staleBriefs stories whose stored brief was built from other members
 * @param pending articles marked pending: work an interrupted run left, which the next ingest completes
 */
public record Findings(
    int articles,
    int indexed,
    int stories,
    List<String> missingFromIndex,
    List<String> notStored,
    List<String> unclustered,
    List<String> membersNotStored,
    List<String> emptyStories,
    List<String> missingBriefs,
    List<String> staleBriefs,
    int pending) {

  public Findings {
    missingFromIndex = List.copyOf(missingFromIndex);
    notStored = List.copyOf(notStored);
    unclustered = List.copyOf(unclustered);
    membersNotStored = List.copyOf(membersNotStored);
    emptyStories = List.copyOf(emptyStories);
    missingBriefs = List.copyOf(missingBriefs);
    staleBriefs = List.copyOf(staleBriefs);
  }

  /** Whether everything agrees and no work is pending. */
  public boolean consistent() {
    return problems() == 0;
  }

  /** How many things are wrong, all kinds together (pending articles included). */
  public int problems() {
    return missingFromIndex.size() + notStored.size() + unclustered.size() + membersNotStored.size()
        + emptyStories.size() + missingBriefs.size() + staleBriefs.size() + pending;
  }

  /** One line per kind of problem found (none when consistent), for people. */
  public List<String> lines() {
    List<String> out = new java.util.ArrayList<>();
    add(out, "stored article", "stored articles", "missing from the search index", missingFromIndex);
    add(out, "search index document", "search index documents", "with no stored article", notStored);
    add(out, "stored article", "stored articles", "in no story", unclustered);
    add(out, "story member", "story members", "not stored", membersNotStored);
    add(out, "story", "stories", "without articles", emptyStories);
    add(out, "story", "stories", "without a stored brief", missingBriefs);
    add(out, "story", "stories", "whose stored brief is stale", staleBriefs);
    if (pending > 0)
      out.add(pending + " article" + (pending == 1 ? "" : "s") + " pending (an interrupted run's work, completed by"
          + " the next ingest, fetch or serve)");
    return out;
  }

  /** The counts line: consistent or how many problems, over what. */
  public String summary() {
    String over =
        articles + " article" + (articles == 1 ? "" : "s") + ", " + indexed + " indexed, " + stories + " stor"
            + (stories == 1 ? "y" : "ies");
    return consistent() ? "consistent: " + over : problems() + " inconsistencies: " + over;
  }

  private static void add(List<String> out, String one, String many, String how, List<String> ids) {
    if (ids.isEmpty()) return;
    String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), EXAMPLES)));
    out.add(ids.size() + " " + (ids.size() == 1 ? one : many) + " " + how + ": " + shown
        + (ids.size() > EXAMPLES ? ", ..." : ""));
  }

  private static final int EXAMPLES = 5;
}

package dev.parallax.brief;

import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first briefer: a timeline of the story's articles by publication time (undated articles last, in
 * arrival order), and the story's title as headline. Summary, facts, quotes, entities, disagreements and
 * roles are not produced yet; {@link Brief#notes()} says so.
 */
public final class TimelineBriefer implements Briefer {

  static final List<String> NOT_YET =
      List.of(
          "summary, facts, quotes, entities and disagreements are not produced yet",
          "timeline roles are not classified yet: every article is listed as a report");

  @Override
  public Brief brief(Story story, List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Instant::compareTo)));
    List<Brief.TimelineEntry> timeline =
        ordered.stream().map(a -> new Brief.TimelineEntry(a.id(), a.published(), "report")).toList();
    return new Brief(story.title(), List.of(), List.of(), List.of(), List.of(), List.of(), timeline, NOT_YET);
  }
}

package dev.parallax.cli;

import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.domain.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders articles and briefs for people: plain text for a terminal, or Markdown. */
final class Text {

  private static final int WIDTH = 88;

  private Text() {}

  static String clip(String s, int max) {
    if (s == null) return "";
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static String article(Article a, String storyId, boolean withRemoved, boolean markdown) {
    StringBuilder b = new StringBuilder();
    String title = a.title() == null ? "(untitled)" : a.title();
    if (markdown) b.append("# ").append(title).append("\n\n");
    else b.append(title).append('\n').append("=".repeat(Math.min(WIDTH, title.length()))).append("\n\n");
    List<String> meta = new ArrayList<>();
    if (a.outletName() != null) meta.add(a.outletName());
    if (a.section() != null) meta.add(a.section());
    if (a.byline() != null) meta.add("by " + a.byline());
    if (a.published() != null) meta.add(a.published().toString());
    if (!meta.isEmpty()) b.append(markdown ? "*" + String.join(" · ", meta) + "*" : String.join(" · ", meta)).append("\n");
    if (a.url() != null) b.append(a.url()).append('\n');
    else if (a.file() != null) b.append(a.file()).append('\n');
    b.append("id ").append(a.id());
    if (storyId != null) b.append(" · story ").append(storyId);
    b.append("\n\n");
    for (String p : a.paragraphs()) b.append(markdown ? p : wrap(p, "")).append("\n\n");
    if (!a.captions().isEmpty()) {
      b.append(markdown ? "## Captions\n\n" : "Captions\n--------\n");
      for (String c : a.captions()) b.append(markdown ? "- " + c : wrap("- " + c, "  ")).append('\n');
      b.append('\n');
    }
    if (withRemoved && !a.removed().isEmpty()) {
      b.append(markdown ? "## Removed\n\n" : "Removed\n-------\n");
      for (Removed r : a.removed()) b.append("- [").append(r.reason()).append("] ").append(r.text()).append('\n');
      b.append('\n');
    }
    return b.toString();
  }

  /** Quotes shown per speaker in a terminal. */
  static final int QUOTES_PER_SPEAKER = 3;

  /**
   * A story and its brief in the order a reader wants it: summary, coverage, facts, disagreements and
   * updates, quotes (a few per speaker), people and places, timeline.
   *
   * @param labels article ids to short source labels like "The Times"
   * @param coverage the coverage lines, one per article, printed after the summary
   */
  static String brief(String storyId, Brief brief, Map<String, String> labels, List<String> coverage, boolean markdown) {
    StringBuilder b = new StringBuilder();
    String headline = brief.headline() == null ? "(untitled story)" : brief.headline();
    if (markdown) b.append("## ").append(headline).append("\n\n");
    else b.append(headline).append('\n').append("=".repeat(Math.min(WIDTH, headline.length()))).append('\n');
    b.append(markdown ? "*story " + storyId + "*\n\n" : "story " + storyId + "\n\n");
    section(b, "Summary", brief.summary(), labels, markdown);
    if (!coverage.isEmpty()) {
      heading(b, "Coverage", markdown);
      for (String line : coverage) b.append(line(line, markdown));
      b.append('\n');
    }
    if (!brief.facts().isEmpty()) {
      heading(b, "Facts", markdown);
      for (Brief.Sourced s : brief.facts()) {
        String cite = s.sources().size() == 1 ? "[only in " + labels.getOrDefault(s.sources().get(0), s.sources().get(0)) + "]" : cite(s.sources(), labels);
        b.append(line(s.text() + " " + cite, markdown));
      }
      b.append('\n');
    }
    if (!brief.disagreements().isEmpty()) {
      heading(b, "Disagreements and updates", markdown);
      for (Brief.Disagreement d : brief.disagreements()) {
        b.append(line(d.kind() + ": " + d.about(), markdown));
        for (Brief.Sourced c : d.claims())
          b.append(markdown ? "  - " + c.text() + " " + cite(c.sources(), labels) : "    " + wrap("- " + c.text() + " " + cite(c.sources(), labels), "      ")).append('\n');
      }
      b.append('\n');
    }
    if (!brief.quotes().isEmpty()) {
      heading(b, "Quotes", markdown);
      quotes(b, brief.quotes(), labels, markdown);
      b.append('\n');
    }
    if (!brief.entities().isEmpty()) {
      heading(b, "People, organisations, places", markdown);
      for (Brief.Entity e : brief.entities()) {
        String variants = e.variants().isEmpty() ? "" : " (also " + String.join(", ", e.variants()) + ")";
        b.append(line(e.name() + " [" + e.type().toLowerCase() + "]" + variants, markdown));
      }
      b.append('\n');
    }
    heading(b, "Timeline", markdown);
    for (Brief.TimelineEntry t : brief.timeline()) {
      String when = t.published() == null ? "undated   " : t.published().toString().substring(0, 10);
      b.append(line(when + "  " + t.role() + "  " + labels.getOrDefault(t.article(), t.article()), markdown));
    }
    b.append('\n');
    return b.toString();
  }

  /** A few quotes per speaker, those most outlets carry first; the count of the rest. */
  private static void quotes(StringBuilder b, List<Brief.Quote> quotes, Map<String, String> labels, boolean markdown) {
    Map<String, List<Brief.Quote>> bySpeaker = new java.util.LinkedHashMap<>();
    for (Brief.Quote q : quotes) bySpeaker.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(q);
    for (Map.Entry<String, List<Brief.Quote>> e : bySpeaker.entrySet()) {
      List<Brief.Quote> ranked = new ArrayList<>(e.getValue());
      ranked.sort(java.util.Comparator.comparingDouble(q -> -informative(q)));
      for (Brief.Quote q : ranked.subList(0, Math.min(QUOTES_PER_SPEAKER, ranked.size())))
        b.append(line("“" + q.text() + "” — " + e.getKey() + " " + cite(q.sources(), labels), markdown));
      int rest = ranked.size() - QUOTES_PER_SPEAKER;
      if (rest > 0) b.append(markdown ? "  - " : "    ").append("(").append(rest).append(rest == 1 ? " more quote" : " more quotes")
          .append(" from ").append(e.getKey()).append(": --format json)\n");
    }
  }

  /** Outlets carrying a quote first, then its length up to forty words; a quote of a few words says little. */
  static double informative(Brief.Quote q) {
    int words = q.text().strip().split("\\s+").length;
    return q.sources().size() + Math.min(words, 40) / 40.0 - (words < 6 ? 2 : 0);
  }

  private static void section(StringBuilder b, String title, List<Brief.Sourced> items, Map<String, String> labels, boolean markdown) {
    if (items.isEmpty()) return;
    heading(b, title, markdown);
    for (Brief.Sourced s : items) b.append(line(s.text() + " " + cite(s.sources(), labels), markdown));
    b.append('\n');
  }

  private static void heading(StringBuilder b, String title, boolean markdown) {
    b.append(markdown ? "### " + title + "\n\n" : title + "\n" + "-".repeat(title.length()) + "\n");
  }

  private static String line(String text, boolean markdown) {
    return markdown ? "- " + text + "\n" : wrap("- " + text, "  ") + "\n";
  }

  private static String cite(List<String> sources, Map<String, String> labels) {
    return "[" + String.join("; ", sources.stream().map(s -> labels.getOrDefault(s, s)).toList()) + "]";
  }

  static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String word : text.split(" ")) {
      if (col > 0 && col + 1 + word.length() > WIDTH) {
        out.append('\n').append(indent);
        col = indent.length();
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(word);
      col += word.length();
    }
    return out.toString();
  }
}

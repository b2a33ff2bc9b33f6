package dev.parallax.server;

import static dev.parallax.server.Html.enc;
import static dev.parallax.server.Html.esc;

import dev.parallax.brief.Brief;
import dev.parallax.digest.EntityKey;
import dev.parallax.domain.Article;
import dev.parallax.domain.SourceName;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link Brief} as HTML. Every statement carries numbered source markers that link to the
 * outlet's article in the coverage list (hover shows the outlet and title). Sections the brief leaves
 * empty are skipped; components this view does not know yet are rendered generically, so the page keeps
 * up as the brief grows.
 */
final class BriefView {

  private static final Set<String> KNOWN =
      Set.of("headline", "summary", "facts", "quotes", "entities", "disagreements", "timeline", "notes");

  private final Map<String, Integer> number = new HashMap<>();
  private final Map<String, Article> byId = new HashMap<>();

  BriefView(List<Article> coverage) {
    int n = 1;
    for (Article a : coverage) {
      number.put(a.id(), n++);
      byId.put(a.id(), a);
    }
  }

  String render(Brief brief) {
    return render(brief, "");
  }

  /**
   * The brief in the order a reader wants it: the summary, then {@code coverage} (every outlet with its
   * headline, rendered by the page), the facts, where outlets disagree or a later report updates an earlier
   * one, the quotes (a few per speaker, the rest behind a click), the people, organisations and places, and
   * the timeline. How the brief was made is one click away, at the end.
   */
  String render(Brief brief, String coverage) {
    StringBuilder b = new StringBuilder("<section class=\"brief\" aria-label=\"Brief\">");
    if (!brief.summary().isEmpty()) {
      b.append("<div class=\"lede\">");
      for (Brief.Sourced s : brief.summary()) b.append(esc(s.text())).append(markers(s.sources())).append(' ');
      b.append("</div>");
    }
    b.append(coverage);
    if (!brief.facts().isEmpty()) {
      b.append(h("Facts")).append("<ul class=\"facts\">");
      for (Brief.Sourced f : brief.facts())
        b.append("<li class=\"item\">").append(esc(f.text())).append(markers(f.sources()))
            .append("<span class=\"by\">").append(esc(reportedBy(f.sources()))).append("</span></li>");
      b.append("</ul>");
    }
    if (!brief.disagreements().isEmpty()) {
      b.append(h("Disagreements and updates"));
      for (Brief.Disagreement d : brief.disagreements()) {
        b.append("<div class=\"disagreement item\"><h3><span class=\"badge\">").append(esc(d.kind())).append("</span> ")
            .append(esc(d.about())).append("</h3><ul>");
        for (Brief.Sourced c : d.claims())
          b.append("<li>").append(esc(c.text())).append(markers(c.sources())).append("<span class=\"by\">")
              .append(esc(reportedBy(c.sources()))).append("</span></li>");
        b.append("</ul></div>");
      }
    }
    if (!brief.quotes().isEmpty()) b.append(h("Quotes")).append(new QuoteView(this).render(brief));
    if (!brief.entities().isEmpty()) {
      b.append(h("People, organisations and places")).append("<div class=\"entities\">");
      Map<String, List<Brief.Entity>> byType = new LinkedHashMap<>();
      for (String t : List.of("PERSON", "ORGANIZATION", "PLACE", "OTHER")) byType.put(t, new ArrayList<>());
      for (Brief.Entity en : brief.entities())
        byType.computeIfAbsent(en.type() == null ? "OTHER" : en.type(), k -> new ArrayList<>()).add(en);
      for (Map.Entry<String, List<Brief.Entity>> e : byType.entrySet()) {
        if (e.getValue().isEmpty()) continue;
        b.append("<div><h3>").append(esc(typeLabel(e.getKey()))).append("</h3><ul class=\"chips\">");
        for (Brief.Entity en : e.getValue()) {
          b.append("<li title=\"").append(esc(en.variants().isEmpty() ? en.name() : "Also: " + String.join(", ", en.variants())))
              .append("\">").append(entityLink(en)).append(markers(en.sources())).append("</li>");
        }
        b.append("</ul></div>");
      }
      b.append("</div>");
    }
    if (!brief.timeline().isEmpty()) {
      b.append(h("Timeline")).append("<ol class=\"timeline\">");
      for (Brief.TimelineEntry t : brief.timeline()) {
        Article a = byId.get(t.article());
        b.append("<li class=\"item\"><span class=\"when\">").append(t.published() == null ? "undated" : Pages.time(t.published()))
            .append("</span> ");
        if (t.role() != null) b.append("<span class=\"badge\">").append(esc(t.role())).append("</span> ");
        if (a != null)
          b.append("<a href=\"/articles/").append(enc(a.id())).append("\">").append(esc(Newsroom.titleOf(a)))
              .append("</a> <span class=\"muted\">").append(esc(SourceName.of(a))).append("</span>");
        else b.append(esc(t.article()));
        b.append(markers(List.of(t.article()))).append("</li>");
      }
      b.append("</ol>");
    }
    for (RecordComponent rc : Brief.class.getRecordComponents()) {
      if (KNOWN.contains(rc.getName())) continue;
      Object value;
      try {
        value = rc.getAccessor().invoke(brief);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      if (value == null || (value instanceof Collection<?> c && c.isEmpty())) continue;
      b.append(h(label(rc.getName()))).append("<div class=\"generic\">").append(generic(value, 0)).append("</div>");
    }
    // for the curious reader, not in the way of the news
    b.append("<details class=\"how\"><summary>How this brief was made</summary><p>").append(HOW).append("</p>");
    if (!brief.notes().isEmpty()) {
      b.append("<ul>");
      for (String n : brief.notes()) b.append("<li>").append(esc(n)).append("</li>");
      b.append("</ul>");
    }
    b.append("</details>");
    return b.append("</section>").toString();
  }

  /** What a reader may want to know about the brief's making, in a reader's words. */
  static final String HOW =
      "Every sentence here is taken from the articles listed under Coverage; the numbers after each one lead to"
          + " the articles that report it. The summary is made of the sentences most outlets echo, a fact lists"
          + " every outlet that states it in its own words, and a disagreement shows two outlets giving different"
          + " figures for the same thing. Nothing is written by a language model.";

  private String generic(Object value, int depth) {
    if (depth > 4) return esc(String.valueOf(value));
    if (value instanceof Instant t) return Pages.time(t);
    if (value instanceof Collection<?> c) {
      if (!c.isEmpty() && c.stream().allMatch(x -> x instanceof String s && number.containsKey(s)))
        return markers(c.stream().map(String.class::cast).toList());
      StringBuilder b = new StringBuilder("<ul>");
      for (Object o : c) b.append("<li>").append(generic(o, depth + 1)).append("</li>");
      return b.append("</ul>").toString();
    }
    if (value instanceof Record r) {
      StringBuilder b = new StringBuilder("<dl>");
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        Object v;
        try {
          v = rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
          continue;
        }
        if (v == null) continue;
        b.append("<dt>").append(esc(label(rc.getName()))).append("</dt><dd>").append(generic(v, depth + 1)).append("</dd>");
      }
      return b.append("</dl>").toString();
    }
    return esc(String.valueOf(value));
  }

  /** Numbered markers for the sources, each a link to the article in the coverage list. */
  String markers(List<String> sources) {
    if (sources.isEmpty()) return "";
    StringBuilder b = new StringBuilder("<span class=\"srcs\">");
    for (String id : new LinkedHashSet<>(sources)) {
      Article a = byId.get(id);
      Integer n = number.get(id);
      if (a == null || n == null) continue;
      String tip = SourceName.of(a) + ": " + Newsroom.titleOf(a);
      b.append("<a class=\"src\" href=\"#a-").append(esc(id)).append("\" data-src=\"").append(esc(id))
          .append("\" title=\"").append(esc(tip)).append("\" aria-label=\"Source ").append(n).append(": ")
          .append(esc(tip)).append("\">").append(n).append("</a>");
    }
    return b.append("</span>").toString();
  }

  String reportedBy(List<String> sources) {
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    for (String id : sources) {
      Article a = byId.get(id);
      if (a != null) outlets.add(SourceName.of(a));
    }
    return outlets.isEmpty() ? "" : " — " + String.join(", ", outlets);
  }

  static String h(String title) {
    return "<h2>" + esc(title) + "</h2>";
  }

  /** An indexed entity links to its page across stories; a name of unsure type is plain text. */
  private static String entityLink(Brief.Entity en) {
    if ("OTHER".equals(en.type()) || EntityKey.of(en.name()).isEmpty()) return esc(en.name());
    return "<a href=\"/entities/" + enc(EntityKey.slug(en.name())) + "\">" + esc(en.name()) + "</a>";
  }

  static String typeLabel(String type) {
    return switch (type) {
      case "PERSON" -> "People";
      case "ORGANIZATION" -> "Organisations";
      case "PLACE" -> "Places";
      default -> "Other";
    };
  }

  /** "someField" becomes "Some field". */
  static String label(String name) {
    String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}

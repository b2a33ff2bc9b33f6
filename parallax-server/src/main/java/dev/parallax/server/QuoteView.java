package dev.parallax.server;

import static dev.parallax.server.Html.enc;
import static dev.parallax.server.Html.esc;

import dev.parallax.brief.Brief;
import dev.parallax.digest.EntityKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A brief's quotes grouped by speaker, the most quoted speakers first and unattributed quotes last. Each
 * speaker shows a handful of quotes, those carried by the most outlets and of a length that says something
 * (a scare quote of two words says little); the rest are one click away.
 */
final class QuoteView {

  /** Quotes shown per speaker before "more". */
  static final int SHOWN = 3;
  /** Speakers shown before "more speakers". */
  static final int SPEAKERS = 8;
  /** Words from which a quote says something on its own. */
  static final int INFORMATIVE_WORDS = 6;
  /** Words beyond which a longer quote is no more informative. */
  static final int ENOUGH_WORDS = 40;

  private static final String UNATTRIBUTED = "unattributed";

  private final BriefView view;

  QuoteView(BriefView view) {
    this.view = view;
  }

  String render(Brief brief) {
    Set<String> named = new HashSet<>();
    for (Brief.Entity en : brief.entities()) if (!"OTHER".equals(en.type())) named.add(en.name());
    Map<String, List<Brief.Quote>> bySpeaker = new LinkedHashMap<>();
    for (Brief.Quote q : brief.quotes())
      bySpeaker.computeIfAbsent(q.speaker() == null ? UNATTRIBUTED : q.speaker(), k -> new ArrayList<>()).add(q);
    List<Map.Entry<String, List<Brief.Quote>>> speakers = new ArrayList<>(bySpeaker.entrySet());
    speakers.sort(
        Comparator.comparing((Map.Entry<String, List<Brief.Quote>> e) -> e.getKey().equalsIgnoreCase(UNATTRIBUTED))
            .thenComparingDouble(e -> -weight(e.getValue())));
    StringBuilder b = new StringBuilder("<div class=\"quotes\">");
    for (int k = 0; k < speakers.size(); k++) {
      if (k == SPEAKERS) b.append("<details class=\"more\"><summary>Quotes from ").append(speakers.size() - SPEAKERS)
          .append(speakers.size() - SPEAKERS == 1 ? " more speaker" : " more speakers").append("</summary>");
      speaker(b, speakers.get(k).getKey(), speakers.get(k).getValue(), named);
    }
    if (speakers.size() > SPEAKERS) b.append("</details>");
    return b.append("</div>").toString();
  }

  private void speaker(StringBuilder b, String name, List<Brief.Quote> quotes, Set<String> named) {
    String who = named.contains(name)
        ? "<a href=\"/entities/" + enc(EntityKey.slug(name)) + "\">" + esc(name) + "</a>"
        : esc(name.equalsIgnoreCase(UNATTRIBUTED) ? "Unattributed" : name);
    List<Brief.Quote> ranked = new ArrayList<>(quotes);
    ranked.sort(Comparator.comparingDouble(q -> -score(q)));
    b.append("<div class=\"speaker\"><h3>").append(who).append("</h3>");
    for (int k = 0; k < ranked.size(); k++) {
      if (k == SHOWN) b.append("<details class=\"more\"><summary>").append(ranked.size() - SHOWN)
          .append(ranked.size() - SHOWN == 1 ? " more quote" : " more quotes").append("</summary>");
      Brief.Quote q = ranked.get(k);
      b.append("<blockquote class=\"item\">“").append(esc(q.text())).append("”").append(view.markers(q.sources()))
          .append("</blockquote>");
    }
    if (ranked.size() > SHOWN) b.append("</details>");
    b.append("</div>");
  }

  /** How informative a quote is: outlets that carry it first, then length up to a point. */
  static double score(Brief.Quote q) {
    int words = q.text().strip().split("\\s+").length;
    double length = Math.min(words, ENOUGH_WORDS) / (double) ENOUGH_WORDS;
    return q.sources().size() + length - (words < INFORMATIVE_WORDS ? 2 : 0);
  }

  private static double weight(List<Brief.Quote> quotes) {
    double w = 0;
    for (Brief.Quote q : quotes) w += q.sources().size();
    return w;
  }
}

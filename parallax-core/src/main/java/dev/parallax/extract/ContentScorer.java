package dev.parallax.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element holding the article: every paragraph-like block votes for its parent and, less, for
 * its ancestors by how much sentence-like text it has (length, commas); candidates are discounted by the
 * share of their text inside links and by class names. Siblings of the winner that score well or hold a
 * real paragraph join it (articles split into several containers).
 */
final class ContentScorer {

  private static final Set<String> BLOCKS =
      Set.of("p", "pre", "td", "blockquote", "div", "section", "article", "main", "dd", "li", "font", "span");
  /** Containers a body is split over; one part may be a {@code <div>}, the next a {@code <section>}. */
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article");
  private static final ClassNames.Vocabulary POSITIVE =
      ClassNames.Vocabulary.of(
          "article", "body", "content", "entry", "hentry", "main", "page", "pagination", "post", "text", "blog", "story",
          "prose", "rich text");
  private static final ClassNames.Vocabulary NEGATIVE =
      ClassNames.Vocabulary.of(
          "ad", "hidden", "hid", "banner", "combx", "comment", "com", "contact", "foot", "gdpr", "masthead", "media",
          "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
          "shopping", "tags", "tool", "widget", "caption");

  private ContentScorer() {}

  /** The elements that hold the article, in document order (the best candidate and its good siblings). */
  static List<Element> select(Element body, TextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (!BLOCKS.contains(tag)) continue;
      if (!tag.equals("p") && !tag.equals("pre") && !tag.equals("blockquote") && !tag.equals("td")
          && !tag.equals("dd") && ownTextLength(e) < 25) continue;
      boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("blockquote");
      if (!paragraph && e.selectFirst("> br") != null && voteLines(e, body, scores, stats)) continue;
      int length = paragraph ? stats.textLength(e) : ownTextLength(e);
      if (length < 25) continue;
      double score = 1 + stats.commas(e) * (tag.equals("p") ? 1.0 : 0.5) + Math.min(length / 100.0, 3);
      if (tag.equals("li") || tag.equals("span")) score *= 0.5;
      score *= 1 - stats.linkDensity(e);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
        if (ancestor == body.parent()) break;
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Double current = scores.get(ancestor);
        scores.put(ancestor, (current == null ? initial(ancestor) : current) + score / divider);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (var entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
      entry.setValue(s);
      if (s > bestScore) {
        bestScore = s;
        best = entry.getKey();
      }
    }
    if (best == null) return List.of(body);
    best = climb(best, scores, bestScore, stats);
    return withSiblings(best, scores, bestScore, stats);
  }

  /** Moves up while the parent scores nearly as well, so an article split over two columns stays whole. */
  private static Element climb(Element best, Map<Element, Double> scores, double bestScore, TextStats stats) {
    Element current = best;
    for (int step = 0; step < 6; step++) {
      Element parent = current.parent();
      if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")) break;
      Double s = scores.get(parent);
      if (s != null && s >= bestScore * 0.75) {
        current = parent;
        continue;
      }
      Element richer = null;
      Element ancestor = parent;
      for (int up = 0; up < 4 && ancestor != null && !ancestor.normalName().equals("body"); up++) {
        int prose = Math.max(stats.prose(current), lineProse(current));
        if (stats.prose(ancestor) >= prose * 1.25 + 200 && stats.linkDensity(ancestor) < 0.35) {
          richer = ancestor;
          break;
        }
        ancestor = ancestor.parent();
      }
      if (richer == null) break;
      current = richer;
    }
    return current;
  }

  private static List<Element> withSiblings(Element best, Map<Element, Double> scores, double bestScore, TextStats stats) {
    Element parent = best.parent();
    if (parent == null) return List.of(best);
    Set<Element> continued = continuation(best, stats);
    List<Element> out = new ArrayList<>();
    double threshold = Math.max(10, bestScore * 0.2);
    boolean bareText = best.selectFirst("p") == null; // a body broken by <br>: a box of paragraphs beside it is another text
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        out.add(sibling);
        continue;
      }
      if (continued.contains(sibling)) {
        out.add(sibling);
        continue;
      }
      Double s = scores.get(sibling);
      double bonus = !best.className().isEmpty() && best.className().equals(sibling.className()) ? bestScore * 0.2 : 0;
      boolean shaped = !bareText || s == null || s >= bestScore * 0.5 || sibling.selectFirst("p") == null;
      if (s != null && s + bonus >= threshold && shaped) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        int length = stats.textLength(sibling);
        double density = stats.linkDensity(sibling);
        String text = sibling.text();
        if ((length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && text.matches(".*\\.( |$).*")))
          out.add(sibling);
      }
    }
    return out;
  }

  /**
   * The siblings next to the article's container that go on with its text: a body split over adjacent
   * containers (a box or an advert between them) whose later part is too short to score on its own. Each must
   * have the container's shape and read as prose with few links; siblings without text in between are passed
   * over, and so are boxes of links (a "Read next" box between the parts), which are not taken; the run stops
   * at the first other sibling with text that does not qualify.
   */
  private static Set<Element> continuation(Element best, TextStats stats) {
    Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (int direction : new int[] {-1, 1}) {
      Element sibling = direction < 0 ? best.previousElementSibling() : best.nextElementSibling();
      while (sibling != null) {
        if (stats.textLength(sibling) > 0) {
          if (continues(sibling, best, stats)) out.add(sibling);
          else if (stats.linkDensity(sibling) < 0.5) break;
        }
        sibling = direction < 0 ? sibling.previousElementSibling() : sibling.nextElementSibling();
      }
    }
    return out;
  }

  /**
   * A sibling of the same shape as the container (same tag, or both block containers; paragraphs in both or
   * in neither) that reads as prose.
   */
  private static boolean continues(Element e, Element best, TextStats stats) {
    if (stats.linkDensity(e) >= 0.2) return false;
    boolean sameShape =
        e.normalName().equals(best.normalName())
            || (CONTAINERS.contains(e.normalName()) && CONTAINERS.contains(best.normalName()));
    if (!sameShape) return false;
    if ((best.selectFirst("p") != null) != (e.selectFirst("p") != null)) return false;
    String text = e.text();
    return LineClassifier.isProse(text) && LineClassifier.classify(text, LineClassifier.Zone.BODY) == null;
  }

  private static double initial(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    List<String> names = ClassNames.of(e);
    if (!names.isEmpty()) {
      if (ClassNames.matches(names, NEGATIVE)) score -= 25;
      if (ClassNames.matches(names, POSITIVE)) score += 25;
    }
    if (e.normalName().equals("article")) score += 10;
    return score;
  }

  /**
   * A block of bare text broken by {@code <br>} (no {@code <p>}): each run of text between line breaks votes
   * as a paragraph would, for the block itself first, as the block is the runs' container.
   *
   * @return whether the block had runs long enough to vote
   */
  private static boolean voteLines(Element e, Element body, Map<Element, Double> scores, TextStats stats) {
    boolean voted = false;
    for (String run : lines(e)) {
      if (run.length() < 25) continue;
      double score = 1 + commas(run) + Math.min(run.length() / 100.0, 3);
      score *= 1 - stats.linkDensity(e);
      Element ancestor = e;
      for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
        if (ancestor == body.parent()) break;
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Double current = scores.get(ancestor);
        scores.put(ancestor, (current == null ? initial(ancestor) : current) + score / divider);
      }
      voted = true;
    }
    return voted;
  }

  /** Characters in the block's own runs of text between line breaks that are long enough to be prose. */
  private static int lineProse(Element e) {
    if (e.selectFirst("> br") == null) return 0;
    int n = 0;
    for (String run : lines(e)) if (run.length() >= 80) n += run.length();
    return n;
  }

  /** The block's own text and inline elements, cut at each {@code <br>} child. */
  private static List<String> lines(Element e) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        run.append(t.text());
      } else if (child instanceof Element c) {
        if (c.normalName().equals("br")) {
          out.add(run.toString().strip());
          run.setLength(0);
        } else if (c.isBlock()) {
          out.add(run.toString().strip());
          run.setLength(0);
        } else {
          run.append(c.text());
        }
      }
    }
    out.add(run.toString().strip());
    return out;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',' || s.charAt(i) == '，' || s.charAt(i) == '、') n++;
    return n;
  }

  private static int ownTextLength(Element e) {
    int n = 0;
    for (var t : e.textNodes()) n += t.text().strip().length();
    return n;
  }
}

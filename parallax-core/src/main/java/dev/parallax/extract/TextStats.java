package dev.parallax.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, computed in one pass without recursion (deeply
 * nested pages must not overflow the stack), so scoring never re-reads the text of a subtree.
 */
final class TextStats {

  private final Map<Element, int[]> stats = new IdentityHashMap<>();

  TextStats(Element root) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) stats.put(e, new int[4]);
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof TextNode t) {
              int length = visibleLength(t.getWholeText());
              Element parent = (Element) t.parentNode();
              int[] s = parent == null ? null : stats.get(parent);
              if (s != null) {
                s[0] += length;
                s[2] += commas(t.getWholeText());
              }
            } else if (node instanceof Element e && e.parent() != null) {
              int[] s = stats.get(e);
              if (e.normalName().equals("a")) s[1] = s[0];
              if (e.normalName().equals("p") && s[0] >= 80 && s[1] * 10 < s[0] * 3) s[3] = s[0];
              int[] p = stats.get(e.parent());
              if (p != null) {
                p[0] += s[0];
                p[1] += s[1];
                p[2] += s[2];
                p[3] += s[3];
              }
            }
          }
        },
        root);
  }

  int textLength(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[0];
  }

  int linkLength(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[1];
  }

  int commas(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[2];
  }

  /** Characters in paragraphs of prose (long, few links) under the element. */
  int prose(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[3];
  }

  double linkDensity(Element e) {
    int length = textLength(e);
    return length == 0 ? 0 : Math.min(1.0, (double) linkLength(e) / length);
  }

  private static int visibleLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
      if (!ws) n++;
      else if (!space) n++;
      space = ws;
    }
    return n;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',' || s.charAt(i) == '，' || s.charAt(i) == '、') n++;
    return n;
  }
}

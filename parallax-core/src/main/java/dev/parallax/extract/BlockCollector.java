package dev.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the article's elements into text blocks as a reader sees them: every block-level element (or
 * {@code <br>}) ends a block, inline text joins the block it sits in. Each block remembers how much of its
 * text was link text, whether it was a heading or a list item, and whether a {@code <br>} ended or began it
 * (a line of a text broken by line breaks rather than paragraphs).
 */
final class BlockCollector {

  /** One visual block of text. */
  record Block(String text, int linkChars, boolean heading, boolean listItem, boolean brokenLine) {
    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
  }

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
          "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "tbody", "thead", "caption", "figure", "br", "hr",
          "address", "center", "form", "fieldset", "details", "summary");

  private BlockCollector() {}

  static List<Block> collect(List<Element> roots) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int[] link = {0, 0};
    boolean[] flags = new boolean[4]; // heading, list item, this block is a broken line, the next one is
    NodeVisitor visitor =
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              int before = text.length();
              text.append(s);
              if (link[0] > 0) link[1] += text.length() - before;
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("a")) link[0]++;
              if ((tag.equals("td") || tag.equals("th")) && text.length() > 0) text.append(' ');
              if (tag.equals("br")) {
                flags[2] = true;
                flush(blocks, text, link, flags);
                flags[2] = true;
              } else if (BLOCK_TAGS.contains(tag)) {
                flush(blocks, text, link, flags);
                flags[2] = false;
              }
              if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) flags[0] = true;
              if (tag.equals("li")) flags[1] = true;
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("a")) link[0]--;
              if (BLOCK_TAGS.contains(tag) && !tag.equals("br")) {
                flush(blocks, text, link, flags);
                flags[2] = false;
              }
            }
          }
        };
    for (Element root : roots) {
      NodeTraversor.traverse(visitor, root);
      flush(blocks, text, link, flags);
    }
    return blocks;
  }

  private static void flush(List<Block> blocks, StringBuilder text, int[] link, boolean[] flags) {
    if (text.length() > 0) {
      String raw = text.toString();
      String normalized = Texts.normalizeSpace(raw);
      if (!normalized.isEmpty()) {
        int linkChars = (int) Math.round(link[1] * (double) normalized.length() / raw.length());
        blocks.add(new Block(normalized, linkChars, flags[0], flags[1], flags[2]));
        flags[2] = false;
      }
    }
    text.setLength(0);
    link[1] = 0;
    flags[0] = false;
    flags[1] = false;
  }
}

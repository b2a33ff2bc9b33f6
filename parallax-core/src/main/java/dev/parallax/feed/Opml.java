package dev.parallax.feed;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * OPML subscription lists, as readers export them: nested outlines are folders and become the category
 * ("News/World"); an outline with {@code xmlUrl} is a feed. DTDs and external entities are refused.
 */
public final class Opml {

  /** Outlines read from one file at most. */
  public static final int MAX_OUTLINES = 10_000;

  private static final String MEMBERS_ONLY = "parallaxMembersOnly";

  private Opml() {}

  /** The feeds listed in an OPML document; {@code origin} names it in errors. */
  public static List<NewSource> read(byte[] opml, String origin) throws FeedParseException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    List<NewSource> out = new ArrayList<>();
    Deque<String> folders = new ArrayDeque<>();
    Deque<Boolean> pushed = new ArrayDeque<>();
    boolean sawOpml = false;
    int outlines = 0;
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new ByteArrayInputStream(opml));
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD)
          throw new FeedParseException(origin, "OPML with a DOCTYPE is refused (line " + r.getLocation().getLineNumber() + ")");
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equalsIgnoreCase("opml")) sawOpml = true;
          if (!name.equalsIgnoreCase("outline")) continue;
          if (++outlines > MAX_OUTLINES)
            throw new FeedParseException(origin, "more than " + MAX_OUTLINES + " outlines");
          Map<String, String> attrs = new LinkedHashMap<>();
          for (int i = 0; i < r.getAttributeCount(); i++)
            attrs.put(r.getAttributeLocalName(i).toLowerCase(java.util.Locale.ROOT), r.getAttributeValue(i));
          String xmlUrl = attrs.get("xmlurl");
          String label = first(attrs.get("title"), attrs.get("text"));
          if (xmlUrl != null && !xmlUrl.isBlank()) {
            String category = folders.isEmpty() ? firstCategory(attrs.get("category")) : String.join("/", reversed(folders));
            boolean members = "true".equalsIgnoreCase(attrs.get(MEMBERS_ONLY.toLowerCase(java.util.Locale.ROOT)));
            out.add(new NewSource(xmlUrl.strip(), label, blankToNull(attrs.get("htmlurl")), null, category, members, null));
            pushed.push(false);
          } else if (label != null) {
            folders.push(label.replace('/', '-'));
            pushed.push(true);
          } else {
            pushed.push(false);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equalsIgnoreCase("outline")) {
          if (!pushed.isEmpty() && pushed.pop()) folders.pop();
        }
      }
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
      throw new FeedParseException(origin, "not well-formed OPML" + where + ": " + firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      // The JDK's StAX parser throws unchecked exceptions on some malformed input (a bad character in a
      // DOCTYPE ends in MissingResourceException, found by OpmlFuzzTest): still a file that is not OPML.
      String where = r == null ? "" : " at line " + r.getLocation().getLineNumber();
      String what = e.getClass().getSimpleName() + " " + firstLine(e.getMessage());
      throw new FeedParseException(origin, "not well-formed OPML" + where + ": " + what, e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release for an in-memory stream
        }
      }
    }
    if (!sawOpml) throw new FeedParseException(origin, "not OPML: no <opml> element");
    return out;
  }

  /** The sources as an OPML 2.0 document, categories as nested folders. */
  public static String write(List<Source> sources, String title) {
    TreeMap<String, List<Source>> byCategory = new TreeMap<>();
    for (Source s : sources) byCategory.computeIfAbsent(s.category() == null ? "" : s.category(), k -> new ArrayList<>()).add(s);
    StringWriter sw = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("opml");
      w.writeAttribute("version", "2.0");
      w.writeCharacters("\n  ");
      w.writeStartElement("head");
      w.writeStartElement("title");
      w.writeCharacters(title);
      w.writeEndElement();
      w.writeEndElement();
      w.writeCharacters("\n  ");
      w.writeStartElement("body");
      List<String> open = new ArrayList<>();
      for (Map.Entry<String, List<Source>> group : byCategory.entrySet()) {
        List<String> path = group.getKey().isEmpty() ? List.of() : List.of(group.getKey().split("/"));
        int common = 0;
        while (common < open.size() && common < path.size() && open.get(common).equals(path.get(common))) common++;
        while (open.size() > common) {
          open.remove(open.size() - 1);
          w.writeCharacters("\n" + "  ".repeat(open.size() + 2));
          w.writeEndElement();
        }
        for (int i = common; i < path.size(); i++) {
          w.writeCharacters("\n" + "  ".repeat(open.size() + 2));
          w.writeStartElement("outline");
          w.writeAttribute("text", path.get(i));
          w.writeAttribute("title", path.get(i));
          open.add(path.get(i));
        }
        for (Source s : group.getValue()) {
          w.writeCharacters("\n" + "  ".repeat(open.size() + 2));
          w.writeEmptyElement("outline");
          w.writeAttribute("type", "rss");
          w.writeAttribute("text", s.displayName());
          w.writeAttribute("title", s.displayName());
          w.writeAttribute("xmlUrl", s.url());
          if (s.homepage() != null) w.writeAttribute("htmlUrl", s.homepage());
          if (s.membersOnly()) w.writeAttribute(MEMBERS_ONLY, "true");
        }
      }
      while (!open.isEmpty()) {
        open.remove(open.size() - 1);
        w.writeCharacters("\n" + "  ".repeat(open.size() + 2));
        w.writeEndElement();
      }
      w.writeCharacters("\n  ");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write OPML", e);
    }
    return sw + "\n";
  }

  private static List<String> reversed(Deque<String> stack) {
    List<String> l = new ArrayList<>(stack);
    java.util.Collections.reverse(l);
    return l;
  }

  private static String firstCategory(String category) {
    if (category == null || category.isBlank()) return null;
    String c = category.split(",")[0].strip().replaceAll("^/+|/+$", "");
    return c.isEmpty() ? null : c;
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

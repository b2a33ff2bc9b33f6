package dev.parallax.server;

import static dev.parallax.server.Html.esc;

import java.time.Instant;
import java.util.List;

/** Writes Atom 1.0 feeds (RFC 4287) so any feed reader can follow top stories or a search. */
final class AtomFeed {

  private AtomFeed() {}

  /** One entry; {@code link} is absolute, {@code summary} plain text. */
  record Entry(String id, String title, String link, Instant updated, String summary, List<String> authors) {}

  static String render(String title, String selfUrl, String alternateUrl, Instant updated, List<Entry> entries) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>").append(esc(title)).append("</title>")
        .append("<id>").append(esc(selfUrl)).append("</id>")
        .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(selfUrl)).append("\"/>")
        .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(alternateUrl)).append("\"/>")
        .append("<updated>").append(updated).append("</updated><author><name>Parallax</name></author>")
        .append("<generator>Parallax</generator>");
    for (Entry e : entries) {
      b.append("<entry><title>").append(esc(e.title())).append("</title><id>").append(esc(e.id())).append("</id>")
          .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(e.link())).append("\"/>")
          .append("<updated>").append(e.updated() == null ? updated : e.updated()).append("</updated>");
      for (String a : e.authors()) b.append("<author><name>").append(esc(a)).append("</name></author>");
      if (e.summary() != null && !e.summary().isBlank())
        b.append("<summary type=\"text\">").append(esc(e.summary())).append("</summary>");
      b.append("</entry>");
    }
    return b.append("</feed>\n").toString();
  }
}

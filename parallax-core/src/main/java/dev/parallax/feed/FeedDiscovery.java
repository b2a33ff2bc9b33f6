package dev.parallax.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds a site's feeds and icon in its HTML ({@code <link rel="alternate">}, {@code <link rel="icon">}). */
final class FeedDiscovery {

  private FeedDiscovery() {}

  /** What a page says about its feeds, best first (as the page lists them), and its icon. */
  record Found(List<String> feeds, String icon, String title) {
    Found {
      feeds = List.copyOf(feeds);
    }
  }

  static Found inPage(byte[] html, String contentType, URI base) {
    Document doc = Jsoup.parse(new String(html, charset(contentType)), base.toString());
    Set<String> feeds = new LinkedHashSet<>();
    for (Element link : doc.select("link[rel~=(?i)\\balternate\\b][href]")) {
      String type = link.attr("type").toLowerCase(java.util.Locale.ROOT);
      if (type.contains("rss") || type.contains("atom") || type.contains("feed+json") || type.contains("rdf")) {
        String abs = FeedParser.absolute(base, link.attr("href"));
        if (abs != null) feeds.add(abs);
      }
    }
    String icon = null;
    for (Element link : doc.select("link[rel~=(?i)\\b(icon|apple-touch-icon)\\b][href]")) {
      icon = FeedParser.absolute(base, link.attr("href"));
      if (icon != null) break;
    }
    String title = FeedParser.plain(doc.title());
    List<String> list = new ArrayList<>(feeds);
    return new Found(list, icon, title);
  }

  private static java.nio.charset.Charset charset(String contentType) {
    if (contentType != null) {
      var m = java.util.regex.Pattern.compile("(?i)charset=\"?([\\w.:-]+)").matcher(contentType);
      if (m.find()) {
        try {
          return java.nio.charset.Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
          // unknown charset: fall through
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}

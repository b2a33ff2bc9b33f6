package dev.parallax.server;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping for HTML and XML text and attributes, and the one check that lets a URL become a link. */
final class Html {

  private Html() {}

  /** Escapes text for element content and double- or single-quoted attributes; null becomes "". */
  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // drop control characters that are invalid in XML 1.0 (feeds share this escaper)
          if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') continue;
          b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** The URL if it is an absolute http(s) URL, else null: only such URLs ever become links. */
  static String safeUrl(String url) {
    if (url == null) return null;
    String u = url.strip();
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) return null;
      scheme = scheme.toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? u : null;
    } catch (Exception e) {
      return null;
    }
  }

  /** Percent-encodes a path segment or query value. */
  static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

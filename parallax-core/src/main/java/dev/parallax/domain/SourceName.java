package dev.parallax.domain;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name a reader can recognise an article's source by when its outlet is unknown: the site's host, else a
 * file name cleaned of numbering and hashes ("riyadh-talks_v2.html" is "riyadh talks v2"), else the first
 * words of its title or, untitled, of its text. Never a hashed file name such as {@code 000_4b4d83a56dc4d54f}.
 */
public final class SourceName {

  /** Words of the title shown when nothing else names the source. */
  static final int TITLE_WORDS = 5;

  private static final Pattern HASH = Pattern.compile("(?i)\\b(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\\b");
  private static final Pattern NUMBERING = Pattern.compile("^\\d+\\b");

  private SourceName() {}

  public static String of(Article a) {
    if (a.outletName() != null && !a.outletName().isBlank()) return a.outletName();
    String host = host(a.url());
    if (host != null) return host;
    String file = cleanFileName(a.file());
    if (file != null) return file;
    if (a.title() != null && !a.title().isBlank()) return clip(a.title());
    for (String p : a.paragraphs()) if (!p.isBlank()) return clip(p);
    return "untitled article";
  }

  static String host(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isBlank()) return null;
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The file's name without folders, extensions, leading numbers and hashes, or null if nothing is left. */
  static String cleanFileName(String file) {
    if (file == null || file.isBlank()) return null;
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("(?i)(\\.(html?|txt|jsonl|gz))+$", "");
    name = name.replaceAll("[_\\-.+]+", " ");
    name = HASH.matcher(name).replaceAll(" ");
    name = NUMBERING.matcher(name.strip()).replaceFirst("");
    name = name.replaceAll("\\s+", " ").strip();
    long letters = name.chars().filter(Character::isLetter).count();
    return letters < 3 ? null : name;
  }

  private static String clip(String title) {
    String[] words = title.strip().split("\\s+");
    if (words.length <= TITLE_WORDS) return "“" + String.join(" ", words) + "”";
    return "“" + String.join(" ", java.util.Arrays.copyOf(words, TITLE_WORDS)) + "…”";
  }
}

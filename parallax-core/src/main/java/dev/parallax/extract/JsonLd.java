package dev.parallax.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article object of a page's schema.org JSON-LD, if it has one; every field may be null. */
record JsonLd(
    String headline,
    String author,
    String publisher,
    String section,
    String datePublished,
    String language,
    String image,
    String articleBody) {

  private static final JsonLd NONE = new JsonLd(null, null, null, null, null, null, null, null);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_SCRIPT_CHARS = 2 << 20;
  private static final int MAX_NODES = 5_000;
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
          "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
          "techarticle", "scholarlyarticle", "report", "posting");

  static JsonLd read(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      String data = script.data();
      if (data.isBlank() || data.length() > MAX_SCRIPT_CHARS) continue;
      JsonNode root;
      try {
        root = JSON.readTree(data.strip());
      } catch (JsonProcessingException e) {
        continue; // a broken block of JSON-LD is common and says nothing about the article
      }
      JsonNode article = findArticle(root);
      if (article != null) return of(article);
    }
    return NONE;
  }

  private static JsonNode findArticle(JsonNode root) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(root);
    int seen = 0;
    while (!todo.isEmpty() && seen++ < MAX_NODES) {
      JsonNode node = todo.poll();
      if (node.isArray()) node.forEach(todo::add);
      else if (node.isObject()) {
        if (isArticle(node.get("@type"))) return node;
        JsonNode graph = node.get("@graph");
        if (graph != null) todo.add(graph);
        JsonNode main = node.get("mainEntity");
        if (main != null) todo.add(main);
      }
    }
    return null;
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) return false;
    if (type.isArray()) {
      for (JsonNode t : type) if (isArticle(t)) return true;
      return false;
    }
    return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(java.util.Locale.ROOT));
  }

  private static JsonLd of(JsonNode a) {
    return new JsonLd(
        string(a.get("headline")),
        names(a.get("author")),
        names(a.get("publisher")),
        string(a.get("articleSection")),
        string(a.get("datePublished")),
        string(a.get("inLanguage")),
        url(a.get("image")),
        rawText(a.get("articleBody")));
  }

  /** A text, or the first text of an array. */
  private static String string(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isArray()) return n.isEmpty() ? null : string(n.get(0));
    if (!n.isValueNode()) return null;
    String s = Texts.normalizeSpace(org.jsoup.parser.Parser.unescapeEntities(n.asText(), false));
    return s.isEmpty() ? null : s;
  }

  /** A long text with its line breaks kept. */
  private static String rawText(JsonNode n) {
    if (n == null || !n.isTextual() || n.asText().isBlank()) return null;
    return org.jsoup.parser.Parser.unescapeEntities(n.asText(), false);
  }

  /** Names of people or organisations: a string, an object with a name, or an array of either. */
  private static String names(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isTextual()) return string(n);
    if (n.isObject()) return string(n.get("name"));
    if (n.isArray()) {
      StringBuilder out = new StringBuilder();
      for (JsonNode item : n) {
        String name = names(item);
        if (name == null) continue;
        if (!out.isEmpty()) out.append(", ");
        out.append(name);
      }
      return out.isEmpty() ? null : out.toString();
    }
    return null;
  }

  private static String url(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isTextual()) return string(n);
    if (n.isArray()) return n.isEmpty() ? null : url(n.get(0));
    if (n.isObject()) return string(n.get("url"));
    return null;
  }
}

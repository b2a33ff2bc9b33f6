package dev.parallax.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.ingest.FileSource;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) with Jackson. */
final class JsonFeedReader {

  private final ObjectMapper mapper;

  JsonFeedReader() {
    JsonMapper m = JsonMapper.builder().enable(JsonParser.Feature.ALLOW_COMMENTS).build();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build());
    this.mapper = m;
  }

  ParsedFeed read(byte[] body, URI base, FeedParser parser) throws FeedParseException {
    String origin = base.toString();
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (IOException e) {
      throw new FeedParseException(origin, "invalid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
    }
    if (root == null || !root.isObject()) throw new FeedParseException(origin, "JSON is not an object");
    String version = text(root, "version");
    JsonNode items = root.get("items");
    if ((version == null || !version.contains("jsonfeed.org")) && (items == null || !items.isArray()))
      throw new FeedParseException(origin, "not a JSON Feed: no \"version\" or \"items\"");
    String homepage = FeedParser.absolute(base, text(root, "home_page_url"));
    URI linkBase = FeedParser.resolveBase(base, homepage);
    List<ParsedFeed.Entry> entries = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    if (items != null && items.isArray()) {
      for (JsonNode item : items) {
        if (entries.size() >= FeedParser.MAX_ITEMS) break;
        if (!item.isObject()) continue;
        String url = FeedParser.absolute(linkBase, text(item, "url"));
        if (url == null) url = FeedParser.absolute(linkBase, text(item, "external_url"));
        String content = text(item, "content_html");
        if (content == null && text(item, "content_text") != null) content = paragraphs(text(item, "content_text"));
        Instant published = parser.plausible(FileSource.parseTime(text(item, "date_published")));
        if (published == null) published = parser.plausible(FileSource.parseTime(text(item, "date_modified")));
        ParsedFeed.Entry e =
            parser.entry(
                text(item, "id"), url, FeedParser.plain(text(item, "title")), author(item), published,
                text(item, "summary"), content);
        if (keys.add(e.key())) entries.add(e);
      }
    }
    String icon = FeedParser.absolute(linkBase, text(root, "icon"));
    if (icon == null) icon = FeedParser.absolute(linkBase, text(root, "favicon"));
    String v = version == null ? "json" : version.replaceAll(".*/version/", "json_");
    return new ParsedFeed(
        v, FeedParser.plain(text(root, "title")), homepage, icon, ParsedFeed.primaryLanguage(text(root, "language")),
        entries);
  }

  private static String author(JsonNode item) {
    JsonNode authors = item.get("authors");
    if (authors != null && authors.isArray() && !authors.isEmpty()) return FeedParser.plain(text(authors.get(0), "name"));
    JsonNode author = item.get("author");
    return author == null ? null : FeedParser.plain(text(author, "name"));
  }

  /** Plain text as HTML paragraphs, escaped. */
  private static String paragraphs(String text) {
    StringBuilder sb = new StringBuilder();
    for (String p : text.split("\\n\\s*\\n")) {
      if (p.isBlank()) continue;
      sb.append("<p>").append(org.jsoup.nodes.Entities.escape(p.strip())).append("</p>\n");
    }
    return sb.toString();
  }

  private static String text(JsonNode node, String field) {
    if (node == null) return null;
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) return null;
    String s = v.asText();
    return s.isBlank() ? null : s;
  }
}

package dev.parallax.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.TestArticles;
import dev.parallax.domain.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-annotated story under fixtures/nlp: its articles, every person, organisation and place named in
 * their bodies with the spellings seen, pairs that must never merge, and every quote with its speaker.
 */
record GoldStory(List<Article> articles, List<GoldEntity> entities, List<List<String>> distinct, List<GoldQuote> quotes) {

  record GoldEntity(String name, String type, Set<String> variants) {}

  /** speaker is the canonical name, or null for an unnamed speaker. */
  record GoldQuote(String article, String speaker, String text) {}

  static GoldStory read(String goldFile) throws IOException {
    Path fixtures = TestArticles.fixtures();
    JsonNode root = new ObjectMapper().readTree(fixtures.resolve("nlp").resolve(goldFile).toFile());
    List<Path> files = new ArrayList<>();
    for (JsonNode a : root.get("articles")) files.add(fixtures.resolve(a.asText()));
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.get("entities")) {
      Set<String> variants = new LinkedHashSet<>();
      variants.add(e.get("name").asText());
      for (JsonNode v : e.get("variants")) variants.add(v.asText());
      entities.add(new GoldEntity(e.get("name").asText(), e.get("type").asText(), variants));
    }
    List<List<String>> distinct = new ArrayList<>();
    if (root.has("distinct")) for (JsonNode d : root.get("distinct")) distinct.add(List.of(d.get(0).asText(), d.get(1).asText()));
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : root.get("quotes"))
      quotes.add(new GoldQuote(q.get("article").asText(), q.get("speaker").isNull() ? null : q.get("speaker").asText(), q.get("text").asText()));
    return new GoldStory(TestArticles.extracted(files), entities, distinct, quotes);
  }
}

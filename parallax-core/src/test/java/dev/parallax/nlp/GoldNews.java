package dev.parallax.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.TestArticles;
import dev.parallax.domain.Article;
import dev.parallax.extract.DocumentExtractor;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hand-annotated real news story of fixtures/gold (see its README): the names and quotes as a {@link GoldStory},
 * plus what the brief is judged on: names that count neither way, lines unfit for a summary, the facts with the
 * articles that state them, and the values outlets disagree on.
 */
record GoldNews(
    String slug, String topic, GoldStory story, Set<String> ignored, List<Unfit> unfit, List<Fact> facts,
    List<Conflict> conflicts) {

  /** A line of an article's body that must not be a summary sentence or a fact. */
  record Unfit(String article, String text, String reason) {}

  /** A fact, words any sentence stating it contains ("a|b" for either), and every article that states it. */
  record Fact(String fact, List<String> must, List<String> articles) {}

  /** One quantity outlets give different values for; kind is "conflict" or "update". */
  record Conflict(String about, String kind, List<Claim> claims) {}

  /** A value as written in one article. */
  record Claim(String article, String value) {}

  /** Articles read once per run: extracting the JSONL again for every story would only cost time. */
  private static final Map<String, Article> READ = new HashMap<>();

  /** The stories of one split ("dev" or "test"), in file-name order. */
  static List<GoldNews> split(String split) throws IOException {
    Path dir = TestArticles.fixtures().resolve("gold").resolve(split);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    if (files.isEmpty()) throw new IllegalStateException("no *.gold.json files in " + dir);
    List<GoldNews> out = new ArrayList<>();
    for (Path f : files) out.add(read(f));
    return out;
  }

  static GoldNews read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<Article> articles = new ArrayList<>();
    for (JsonNode a : root.get("articles")) articles.add(article(a.asText(), file));
    List<GoldStory.GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.get("entities")) {
      Set<String> variants = new LinkedHashSet<>();
      variants.add(e.get("name").asText());
      for (JsonNode v : e.get("variants")) {
        String variant = v.asText();
        variants.add(variant);
        // the period of "Inc." or "Corp." may be written or not
        if (variant.endsWith(".") && variant.length() > 2) variants.add(variant.substring(0, variant.length() - 1));
      }
      entities.add(new GoldStory.GoldEntity(e.get("name").asText(), e.get("type").asText(), variants));
    }
    List<List<String>> distinct = new ArrayList<>();
    for (JsonNode d : root.get("distinct")) distinct.add(List.of(d.get(0).asText(), d.get(1).asText()));
    List<GoldStory.GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : root.get("quotes")) {
      String speaker = q.get("speaker").isNull() ? null : q.get("speaker").asText();
      quotes.add(new GoldStory.GoldQuote(q.get("article").asText(), speaker, q.get("text").asText()));
    }
    Set<String> ignored = new LinkedHashSet<>();
    for (JsonNode i : root.get("ignored")) ignored.add(i.asText());
    List<Unfit> unfit = new ArrayList<>();
    for (JsonNode u : root.get("unfit"))
      unfit.add(new Unfit(u.get("article").asText(), u.get("text").asText(), u.get("reason").asText()));
    List<Fact> facts = new ArrayList<>();
    for (JsonNode f : root.get("facts"))
      facts.add(new Fact(f.get("fact").asText(), strings(f.get("must")), strings(f.get("articles"))));
    List<Conflict> conflicts = new ArrayList<>();
    for (JsonNode c : root.get("conflicts")) {
      List<Claim> claims = new ArrayList<>();
      for (JsonNode cl : c.get("claims")) claims.add(new Claim(cl.get("article").asText(), cl.get("value").asText()));
      conflicts.add(new Conflict(c.get("about").asText(), c.get("kind").asText(), claims));
    }
    return new GoldNews(
        root.get("story").asText(), root.get("topic").asText(), new GoldStory(articles, entities, distinct, quotes),
        ignored, unfit, facts, conflicts);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) out.add(n.asText());
    return out;
  }

  /** "clustering-dev/news_cluster.jsonl#id": that line, read and extracted as ingest would. */
  private static synchronized Article article(String ref, Path goldFile) {
    int hash = ref.indexOf('#');
    if (hash < 0) throw new IllegalArgumentException(goldFile + ": article \"" + ref + "\" is not FILE.jsonl#ID");
    String key = ref;
    if (!READ.containsKey(key)) readAll(ref.substring(0, hash));
    Article a = READ.get(key);
    if (a == null)
      throw new IllegalArgumentException(
          goldFile + ": no article with id " + ref.substring(hash + 1) + " in " + ref.substring(0, hash));
    return a;
  }

  private static void readAll(String jsonl) {
    DocumentExtractor extractor = DocumentExtractor.standard();
    try (Stream<ReadResult> read = new FileSource(List.of(TestArticles.fixtures().resolve(jsonl))).read()) {
      for (ReadResult r : (Iterable<ReadResult>) read::iterator) {
        if (!(r instanceof ReadResult.Ok ok)) continue;
        var doc = ok.document();
        Article a = Articles.of(doc, extractor.extract(doc));
        READ.put(jsonl + "#" + a.id(), a);
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + jsonl, e);
    }
  }
}

package dev.parallax.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.app.Components;
import dev.parallax.domain.Article;
import dev.parallax.extract.ExtractionException;
import dev.parallax.extract.Extractor;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A labelled JSONL stream read the way the CLI reads it, with the {@code event} label stripped before any
 * clusterer sees the articles.
 */
record LabelledStream(List<Article> articles, Map<String, String> events) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static LabelledStream load(Path jsonl, Path work) throws IOException {
    Map<String, String> events = new LinkedHashMap<>();
    List<String> stripped = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (line.isBlank()) continue;
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      events.put(node.get("id").asText(), node.get("event").asText());
      node.remove("event");
      stripped.add(JSON.writeValueAsString(node));
    }
    Path file = work.resolve("stream.jsonl");
    Files.write(file, stripped);
    return new LabelledStream(read(file), events);
  }

  static List<Article> read(Path path) {
    return read(path, true);
  }

  /** Reads articles; when not {@code strict}, pages with no article text are skipped. */
  static List<Article> read(Path path, boolean strict) {
    Extractor extractor = Components.extractor();
    List<Article> out = new ArrayList<>();
    try (Stream<ReadResult> results = new FileSource(List.of(path)).read()) {
      for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
        if (r instanceof ReadResult.Ok ok) {
          try {
            out.add(Articles.of(ok.document(), extractor.extract(ok.document())));
          } catch (ExtractionException e) {
            if (!strict) continue;
            throw new IllegalStateException("fixture does not extract: " + e.getMessage(), e);
          }
        } else if (strict) {
          throw new IllegalStateException("fixture does not read: " + r);
        }
      }
    }
    return out;
  }

  /**
   * The articles of the events whose numeric ids (the label's prefix before ':') are given, in the stream's
   * order.
   */
  LabelledStream events(java.util.Set<Integer> ids) {
    return where(id -> ids.contains(id));
  }

  /** The events whose numeric id has the parity {@code half} (0 or 1): two halves that share no event. */
  LabelledStream half(int half) {
    return where(id -> id % 2 == half);
  }

  private LabelledStream where(java.util.function.IntPredicate eventId) {
    List<Article> part =
        articles.stream().filter(a -> eventId.test(Integer.parseInt(events.get(a.id()).split(":", 2)[0]))).toList();
    Map<String, String> labels = new LinkedHashMap<>();
    part.forEach(a -> labels.put(a.id(), events.get(a.id())));
    return new LabelledStream(part, labels);
  }

  /** The same articles without their publication dates. */
  LabelledStream undated() {
    return new LabelledStream(articles.stream().map(LabelledStream::undate).toList(), events);
  }

  static Article undate(Article a) {
    return new Article(a.id(), a.outlet(), a.url(), a.file(), a.title(), a.byline(), a.section(), null,
        a.language(), a.paragraphs(), a.captions(), a.removed(), a.contentHash());
  }

  /** Runs the stream through a clusterer and scores the stories it forms against the labels. */
  Scores cluster(StoryClusterer clusterer) {
    Map<String, String> storyOf = new LinkedHashMap<>();
    for (Article a : articles) {
      StoryClusterer.Assignment asg = clusterer.assign(a);
      for (String merged : asg.merged()) storyOf.replaceAll((k, v) -> v.equals(merged) ? asg.storyId() : v);
      storyOf.put(a.id(), asg.storyId());
    }
    return Scores.of(storyOf, events);
  }
}

package dev.parallax.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.domain.Article;
import dev.parallax.extract.DocumentExtractor;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Developer tool, run by hand: annotates each labelled event of a JSONL stream (clustering-dev) as one
 * story and prints its entities and quotes, to read what a reader would see. Args: JSONL [event-prefix].
 */
final class NlpDumpMain {

  public static void main(String[] args) throws Exception {
    Path jsonl = Path.of(args[0]);
    Map<String, String> events = new LinkedHashMap<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (line.isBlank()) continue;
      JsonNode n = new ObjectMapper().readTree(line);
      events.put(n.get("id").asText(), n.get("event").asText());
    }
    DocumentExtractor extractor = DocumentExtractor.standard();
    Map<String, List<Article>> byEvent = new LinkedHashMap<>();
    try (Stream<ReadResult> read = new FileSource(List.of(jsonl)).read()) {
      for (ReadResult r : (Iterable<ReadResult>) read::iterator)
        if (r instanceof ReadResult.Ok ok) {
          Article a = Articles.of(ok.document(), extractor.extract(ok.document()));
          byEvent.computeIfAbsent(events.get(a.id()), k -> new ArrayList<>()).add(a);
        }
    }
    StoryAnnotator annotator = StoryAnnotator.english();
    if (args.length > 2) { // JSONL EVENT ARTICLE-ID: each quote of one article with what the text says of its speaker
      List<Article> story = byEvent.get(args[1]);
      List<ArticleAnalysis> analyses = story.stream().map(annotator::analyse).toList();
      EntityResolver.Resolution r = new EntityResolver(Lexicon.english()).resolve(analyses);
      for (ArticleAnalysis a : analyses) {
        if (!a.articleId().equals(args[2])) continue;
        int[] of = r.entityOf().get(a.articleId());
        for (FoundQuote q : a.quotes()) {
          StringBuilder b = new StringBuilder();
          for (int m : q.speaker().mentions())
            b.append(a.mentions().get(m).text()).append('=').append(of[m] < 0 ? "-" : r.entities().get(of[m]).name()).append(", ");
          System.out.println(q.paragraph() + " " + q.speaker().kind() + " '" + q.speaker().text() + "' s=" + q.speaker().subjects() + " [" + b + "] " + q.text());
        }
      }
      return;
    }
    for (Map.Entry<String, List<Article>> e : byEvent.entrySet()) {
      if (args.length > 1 && !e.getKey().startsWith(args[1])) continue;
      Annotator.StoryAnnotations s = annotator.annotate(e.getValue());
      System.out.println("=== " + e.getKey() + " (" + e.getValue().size() + " articles)");
      for (CanonicalEntity c : s.entities())
        if (c.type() != EntityType.OTHER) System.out.println("E " + c.type() + "\t" + c.name() + "\t" + c.mentions());
      for (StoryQuote q : s.quotes()) System.out.println("Q " + q.speaker() + (q.named() ? "" : " (unnamed)") + "\t" + q.text());
    }
  }
}

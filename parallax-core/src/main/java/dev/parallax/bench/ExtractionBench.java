package dev.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.extract.DocumentExtractor;
import dev.parallax.extract.Extraction;
import dev.parallax.extract.ExtractionException;
import dev.parallax.extract.Extractor;
import dev.parallax.ingest.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article-body quality and speed on the extraction-dev pages: precision, recall and F1 of 4-token shingles
 * against the hand-made bodies (the measure of the extraction benchmark's README), then pages per second on
 * one thread. Run: {@code java -cp ... dev.parallax.bench.ExtractionBench [extraction-dev folder]}.
 *
 * <p>The pages are split once, by a fixed rule, into a dev half that extraction is tuned on and a test half
 * that it is not: a page is dev when the first byte of the SHA-256 of its id is even ({@link #isDev}). Both
 * are scored, beside a plain baseline (the text of every {@code <p>} of the page, {@link #paragraphBaseline}).
 */
public final class ExtractionBench {

  /** Default place of the data, relative to the repository root. */
  public static final Path DEFAULT_DATA = Path.of("parallax-core/src/test/resources/fixtures/extraction-dev");

  /** One page with its expected body. */
  public record Page(String id, String url, byte[] html, String expected) {}

  /** Scores of one page. */
  public record PageScore(String id, double precision, double recall) {}

  /** Averages over pages; F1 is the harmonic mean of the averages, as the benchmark computes it. */
  public record Score(double precision, double recall, double f1, List<PageScore> pages) {}

  private ExtractionBench() {}

  public static void main(String[] args) throws IOException {
    Path data = args.length > 0 ? Path.of(args[0]) : DEFAULT_DATA;
    List<Page> pages = load(data);
    Extractor extractor = DocumentExtractor.standard();
    Score score = evaluate(pages, extractor);
    for (PageScore p : score.pages())
      System.out.printf(
          Locale.ROOT, "%s %-4s P %.3f R %.3f%n", p.id().substring(0, 12), isDev(p.id()) ? "dev" : "test",
          p.precision(), p.recall());
    Extractor baseline = paragraphBaseline();
    System.out.printf(Locale.ROOT, "%-22s %-6s %5s %5s %5s%n", "extraction-dev", "pages", "P", "R", "F1");
    for (String part : List.of("dev", "test", "all")) {
      List<Page> some = part.equals("all") ? pages : split(pages, part.equals("dev"));
      print("parallax " + part, some.size(), part.equals("all") ? score : evaluate(some, extractor));
      print("<p> baseline " + part, some.size(), evaluate(some, baseline));
    }
    for (int i = 0; i < 5; i++) run(pages, extractor); // warm-up
    int rounds = 10;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) run(pages, extractor);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT, "speed: %.1f pages/s on one thread (%d pages x %d rounds in %.2f s)%n",
        pages.size() * rounds / seconds, pages.size(), rounds, seconds);
  }

  private static void print(String name, int pages, Score s) {
    System.out.printf(
        Locale.ROOT, "%-22s %-6d %.3f %.3f %.3f%n", name, pages, s.precision(), s.recall(), s.f1());
  }

  /** Whether a page belongs to the dev half: the first byte of the SHA-256 of its id is even. */
  public static boolean isDev(String id) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return (digest[0] & 1) == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The dev half ({@code dev} true) or the test half of the pages. */
  public static List<Page> split(List<Page> pages, boolean dev) {
    List<Page> out = new ArrayList<>();
    for (Page p : pages) if (isDev(p.id()) == dev) out.add(p);
    return out;
  }

  /**
   * The plain baseline: the text of every {@code <p>} element of the page, in order, as paragraphs. What any
   * extractor must beat to be worth its rules.
   */
  public static Extractor paragraphBaseline() {
    return document -> {
      Document page = Jsoup.parse(new String(document.content(), StandardCharsets.UTF_8));
      List<String> paragraphs = new ArrayList<>();
      for (Element p : page.select("p")) {
        String text = p.text().strip();
        if (!text.isEmpty()) paragraphs.add(text);
      }
      return new Extraction(null, null, null, null, null, null, null, paragraphs, List.of(), List.of());
    };
  }

  private static void run(List<Page> pages, Extractor extractor) {
    for (Page p : pages) {
      try {
        extractor.extract(document(p));
      } catch (ExtractionException e) {
        // counted as an empty body in the quality run; here only time matters
      }
    }
  }

  /** Reads {@code ground-truth.json} and the gzipped pages next to it. */
  public static List<Page> load(Path data) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(data.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      var entry = it.next();
      Path file = data.resolve("html").resolve(entry.getKey() + ".html.gz");
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        html = in.readAllBytes();
      }
      pages.add(
          new Page(entry.getKey(), entry.getValue().path("url").asText(null), html,
              entry.getValue().path("articleBody").asText("")));
    }
    pages.sort(java.util.Comparator.comparing(Page::id));
    return pages;
  }

  static SourceDocument document(Page p) {
    return new SourceDocument(
        p.id() + ".html.gz", p.id() + ".html.gz", p.url(), SourceDocument.Format.HTML, p.html(), null);
  }

  /** Extracts every page and scores its body; a page that fails to extract scores as an empty body. */
  public static Score evaluate(List<Page> pages, Extractor extractor) {
    List<PageScore> scores = new ArrayList<>();
    double precision = 0;
    double recall = 0;
    for (Page p : pages) {
      String body;
      try {
        Extraction e = extractor.extract(document(p));
        body = e.body();
      } catch (ExtractionException e) {
        body = "";
      }
      double[] pr = shingleScore(p.expected(), body);
      scores.add(new PageScore(p.id(), pr[0], pr[1]));
      precision += pr[0];
      recall += pr[1];
    }
    precision /= pages.size();
    recall /= pages.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1, scores);
  }

  /**
   * Precision and recall of the extracted text's 4-token shingles against the expected text's, counted with
   * multiplicity. Two empty texts agree perfectly; an empty side otherwise scores 0.
   */
  public static double[] shingleScore(String expected, String extracted) {
    Map<String, Integer> want = shingles(expected);
    Map<String, Integer> got = shingles(extracted);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (var e : got.entrySet()) {
      int w = want.getOrDefault(e.getKey(), 0);
      tp += Math.min(w, e.getValue());
      fp += Math.max(0, e.getValue() - w);
    }
    for (var e : want.entrySet()) fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
    if (tp + fp + fn == 0) return new double[] {1, 1};
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new double[] {precision, recall};
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    for (String t : text.toLowerCase(Locale.ROOT).split("(?U)\\W+", -1)) if (!t.isEmpty()) tokens.add(t);
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) return out;
    if (tokens.size() < 4) {
      out.merge(String.join(" ", tokens), 1, Integer::sum);
      return out;
    }
    for (int i = 0; i + 4 <= tokens.size(); i++)
      out.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
    return out;
  }
}

package dev.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.app.Parallax;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Readers of a running server, each a fixed number of requests in a seeded mix: the home page, a story page,
 * a story's JSON, a search for one good item's word and an article page, the stories and articles taken
 * from what is stored as it grows. Records every request's time by page and every answer that is not 200.
 */
final class Readers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] PAGES = {"home", "story page", "story JSON", "search API", "article page"};

  private final String base;
  private final Parallax parallax;
  private final int goodFeeds;
  private final int maxItems;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile List<String> stories = List.of();
  private volatile List<String> articles = List.of();

  Readers(String base, Parallax parallax, int goodFeeds, int maxItems) {
    this.base = base;
    this.parallax = parallax;
    this.goodFeeds = goodFeeds;
    this.maxItems = maxItems;
  }

  /** Runs the readers to the end; the times of each page, in milliseconds, sorted. */
  Map<String, double[]> run(int readers, int perReader) throws Exception {
    refresh();
    Map<String, List<Double>> times = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int r = 0; r < readers; r++) {
        Random random = new Random(r);
        futures.add(pool.submit(() -> {
          for (int i = 0; i < perReader; i++) {
            if (i % 25 == 0) refresh();
            String page = PAGES[random.nextInt(PAGES.length)];
            String url = url(page, random);
            if (url == null) continue;
            long t0 = System.nanoTime();
            status(url);
            times.computeIfAbsent(page, p -> new CopyOnWriteArrayList<>()).add((System.nanoTime() - t0) / 1e6);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) f.get();
    } finally {
      pool.shutdownNow();
    }
    Map<String, double[]> out = new TreeMap<>();
    times.forEach((page, t) -> {
      double[] sorted = t.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(sorted);
      out.put(page, sorted);
    });
    return out;
  }

  private String url(String page, Random random) {
    List<String> s = stories;
    List<String> a = articles;
    return switch (page) {
      case "home" -> base + "/";
      case "story page" -> s.isEmpty() ? null : base + "/stories/" + s.get(random.nextInt(s.size()));
      case "story JSON" -> s.isEmpty() ? null : base + "/api/stories/" + s.get(random.nextInt(s.size()));
      case "search API" -> base + "/api/search?q=" + FaultySources.token(random.nextInt(goodFeeds), random.nextInt(maxItems));
      default -> a.isEmpty() ? null : base + "/articles/" + URLEncoder.encode(a.get(random.nextInt(a.size())), StandardCharsets.UTF_8);
    };
  }

  /** The stories on the front page and the latest articles, as a reader would find them. */
  private void refresh() {
    try {
      HttpResponse<String> r = send(base + "/api/stories?limit=50");
      List<String> ids = new ArrayList<>();
      if (r.statusCode() == 200) for (JsonNode item : JSON.readTree(r.body()).get("items")) ids.add(item.get("id").asText());
      stories = List.copyOf(ids);
      articles = List.copyOf(parallax.store().latestArticleIds(200));
    } catch (Exception e) {
      errors.add("listing: " + e);
    }
  }

  /** The status of one request (recorded as an error unless 200; -1 when it failed outright). */
  int status(String url) {
    requests.incrementAndGet();
    try {
      HttpResponse<String> r = send(url);
      if (r.statusCode() != 200 && errors.size() < 20) errors.add(r.statusCode() + " " + url.substring(base.length()));
      return r.statusCode();
    } catch (Exception e) {
      if (errors.size() < 20) errors.add(url.substring(base.length()) + ": " + e);
      return -1;
    }
  }

  /** Whether a reader's search for the word finds an article. */
  boolean finds(String word) throws Exception {
    HttpResponse<String> r = send(base + "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
    return r.statusCode() == 200 && JSON.readTree(r.body()).get("total").asLong() > 0;
  }

  private HttpResponse<String> send(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  int requests() {
    return requests.get();
  }

  List<String> errors() {
    return List.copyOf(errors);
  }

  static double percentile(double[] sorted, double p) {
    return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
  }
}

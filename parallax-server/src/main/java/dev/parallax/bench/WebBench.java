package dev.parallax.bench;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.domain.Story;
import dev.parallax.ingest.DocumentSource;
import dev.parallax.ingest.IngestListener;
import dev.parallax.ingest.IngestReport;
import dev.parallax.ingest.ReadResult;
import dev.parallax.ingest.SourceDocument;
import dev.parallax.server.ServerOptions;
import dev.parallax.server.WebServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Story page and search latency (p50/p99) under concurrent readers over a synthetic installation of 10 k
 * articles (seeded; 250 events × 40 articles from 25 outlets). Usage: {@code WebBench [articles]
 * [readers] [requestsPerReader] [direct|ingest] [folder]}; defaults 10000, 8, 200. With a folder the
 * installation is kept there, and a later run on the same folder measures it again without loading. Up
 * to 50 k articles go through the whole ingest pipeline unless {@code direct} is given; more are loaded
 * straight into the store and the index. The stories readers open are briefed first, as ingest does for
 * the stories it touches.
 */
public final class WebBench {

  private WebBench() {}

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int readers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int perReader = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    boolean direct = args.length > 3 ? args[3].equals("direct") : articles > DIRECT_FROM;
    // a fifth argument keeps the installation in that folder, and a later run on it skips loading
    Path dir = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("parallax-webbench-");
    boolean reuse = Files.exists(dir.resolve("parallax.db"));
    Random random = new Random(42);
    String[] vocabulary = vocabulary(random, 3000);
    long t0 = System.nanoTime();
    try (Parallax parallax = Parallax.open(Config.embedded(dir), InstantSource.system())) {
      List<Integer> eventOf = new ArrayList<>();
      if (reuse) {
        System.out.printf("reusing the %d articles in %s%n", parallax.store().articleCount(), dir);
      } else if (!direct) {
        IngestReport report = parallax.ingestor().run(synthetic(articles, vocabulary, random, eventOf), IngestListener.NONE);
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ingested %d articles in %.1f s (%.0f/s)%n", report.added(), ingestSeconds, report.added() / ingestSeconds);
      } else {
        // the full pipeline runs at tens of articles/s on 2 cores; a large store is loaded straight into the
        // database and the index, the same rows and documents ingest writes, without extraction or clustering
        loadDirect(parallax, articles, vocabulary, random, eventOf);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("loaded %d articles straight into store and index in %.1f s (%.0f/s)%n", articles, loadSeconds, articles / loadSeconds);
      }
      // the placeholder clusterer makes one story per article; group each synthetic event into one story,
      // as a real clusterer would, so story pages carry ~40 articles from many outlets
      java.util.Map<Integer, List<Story.Member>> members = new java.util.TreeMap<>();
      if (!reuse) {
        for (int i = 0; i < eventOf.size(); i++)
          members.computeIfAbsent(eventOf.get(i), k -> new ArrayList<>()).add(new Story.Member("b" + i, null));
        for (var e : members.entrySet())
          parallax.store().saveStory(new Story("e-" + e.getKey(), null, e.getValue(), null, null));
        System.out.printf("grouped into %d stories of ~%d articles%n", members.size(), articles / Math.max(1, members.size()));
      }
      try (WebServer server = new WebServer(parallax, new ServerOptions("127.0.0.1", 0, null), InstantSource.system())) {
        int port = server.start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long h0 = System.nanoTime();
        String home = get(http, base + "/api/stories?limit=100");
        System.out.printf("first home (builds the listing snapshot): %.0f ms%n", (System.nanoTime() - h0) / 1e6);
        List<String> storyIds = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":\"((?:s|e)-[^\"]+)\"").matcher(home);
        while (m.find()) storyIds.add(m.group(1));
        // what ingest does after a run: brief the stories it touched (here, the ones readers will open)
        long b0 = System.nanoTime();
        int briefed = parallax.briefStories(storyIds, done -> {});
        double briefSeconds = (System.nanoTime() - b0) / 1e9;
        System.out.printf("briefed %d stories as ingest does, in %.1f s (%.0f ms per story)%n", briefed, briefSeconds, 1000 * briefSeconds / Math.max(1, briefed));
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          String q = switch (i % 3) {
            case 0 -> vocabulary[random.nextInt(300)];
            case 1 -> vocabulary[random.nextInt(300)] + " " + vocabulary[random.nextInt(300)];
            default -> "\"" + vocabulary[random.nextInt(300)] + " " + vocabulary[random.nextInt(300)] + "\"";
          };
          queries.add(q);
        }
        // a server that has been up a while: its background work after start (the related stories of the
        // top stories) is done; the first view of each story (its articles and brief read) is measured below
        Thread.sleep(SETTLE_MILLIS);
        // warm-up of the JIT on search only; the first view of each story is measured on its own
        for (int i = 0; i < 100; i++)
          get(http, base + "/api/search?q=" + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8));
        int perReaderCold = Math.max(1, storyIds.size() / readers);
        run("story 1st view", http, readers, perReaderCold, i -> base + "/stories/" + storyIds.get(i % storyIds.size())); // brief stored, page not cached
        run("home page", http, readers, perReader, i -> base + "/");
        run("story page", http, readers, perReader, i -> base + "/stories/" + storyIds.get(i % storyIds.size()));
        run("story JSON", http, readers, perReader, i -> base + "/api/stories/" + storyIds.get((i * 7) % storyIds.size()));
        run("search API", http, readers, perReader, i -> base + "/api/search?q=" + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8));
        run("search page", http, readers, perReader, i -> base + "/search?q=" + URLEncoder.encode(queries.get((i * 3) % queries.size()), StandardCharsets.UTF_8));
      }
    } finally {
      if (args.length <= 4)
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
  }

  /** How long the bench lets a freshly started server finish its background work before measuring. */
  private static final long SETTLE_MILLIS = 30_000;

  private interface Url {
    String at(int i);
  }

  private static void run(String name, HttpClient http, int readers, int perReader, Url url) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    long[][] times = new long[readers][perReader];
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      int reader = r;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perReader; i++) {
          long s = System.nanoTime();
          get(http, url.at(reader * perReader + i));
          times[reader][i] = System.nanoTime() - s;
        }
        return null;
      }));
    }
    for (Future<?> f : futures) f.get();
    double wall = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] all = Arrays.stream(times).flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf("%-12s %d readers × %d: p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  %6.0f req/s%n",
        name, readers, perReader, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6, all.length / wall);
  }

  private static String get(HttpClient http, String url) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
      return r.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(url + ": " + e, e);
    }
  }

  private static String[] vocabulary(Random random, int size) {
    String letters = "abcdefghiklmnoprstuvwy";
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      StringBuilder w = new StringBuilder();
      int len = 4 + random.nextInt(6);
      for (int j = 0; j < len; j++) w.append(letters.charAt(random.nextInt(letters.length())));
      words[i] = w.toString();
    }
    return words;
  }

  /** Above this many articles the store is loaded directly rather than through the ingest pipeline. */
  private static final int DIRECT_FROM = 50_000;

  /** One synthetic article: six paragraphs of Zipf-ish words with its event's topic words mixed in. */
  private record Synthetic(String id, String title, String outlet, Instant published, List<String> paragraphs) {}

  private static Synthetic synthetic(int i, int events, String[] vocabulary, Random random, List<Integer> eventOf) {
    int event = random.nextInt(events);
    eventOf.add(event);
    Random er = new Random(event);
    String[] topic = IntStream.range(0, 8).mapToObj(k -> vocabulary[er.nextInt(vocabulary.length)]).toArray(String[]::new);
    List<String> paragraphs = new ArrayList<>(6);
    for (int p = 0; p < 6; p++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 45; w++) {
        String word = random.nextInt(5) == 0 ? topic[random.nextInt(topic.length)] : vocabulary[(int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * 400)];
        text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w == 44 ? "." : " ");
      }
      paragraphs.add(text.toString());
    }
    String title = Character.toUpperCase(topic[0].charAt(0)) + topic[0].substring(1) + " " + topic[1] + " " + vocabulary[random.nextInt(500)] + " " + topic[2];
    Instant published = Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofHours(event * 6L + random.nextInt(48)));
    return new Synthetic("b" + i, title, "Outlet " + random.nextInt(25), published, paragraphs);
  }

  private static void loadDirect(Parallax parallax, int count, String[] vocabulary, Random random, List<Integer> eventOf) throws Exception {
    int events = Math.max(1, count / 40);
    for (int i = 0; i < count; i++) {
      Synthetic s = synthetic(i, events, vocabulary, random, eventOf);
      String body = String.join("\n\n", s.paragraphs());
      dev.parallax.domain.Article a = new dev.parallax.domain.Article(s.id(), dev.parallax.domain.Outlet.named(s.outlet()),
          "https://example.com/" + i, null, s.title(), null, null, s.published(), "en", s.paragraphs(), List.of(), List.of(),
          dev.parallax.ingest.Articles.contentHash(body));
      parallax.store().put(a);
      parallax.index().index(a);
      if ((i + 1) % 50_000 == 0) {
        parallax.index().commit();
        System.out.printf("  loaded %d%n", i + 1);
      }
    }
    parallax.index().commit();
  }

  /** The synthetic articles as files would arrive, for the full ingest pipeline. */
  private static DocumentSource synthetic(int count, String[] vocabulary, Random random, List<Integer> eventOf) {
    int events = Math.max(1, count / 40);
    List<ReadResult> docs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Synthetic s = synthetic(i, events, vocabulary, random, eventOf);
      SourceDocument.Given given = new SourceDocument.Given(s.id(), s.title(), s.outlet(), s.published(), "en");
      byte[] text = String.join("\n\n", s.paragraphs()).getBytes(StandardCharsets.UTF_8);
      docs.add(new ReadResult.Ok(new SourceDocument("bench:" + i, null, "https://example.com/" + i, SourceDocument.Format.TEXT, text, given)));
    }
    return new DocumentSource() {
      @Override
      public long estimatedSize() {
        return count;
      }

      @Override
      public Stream<ReadResult> read() {
        return docs.stream();
      }
    };
  }
}

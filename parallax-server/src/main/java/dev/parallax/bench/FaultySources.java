package dev.parallax.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds as the web serves them on a bad day, from an in-process server on a loopback port: well-behaved
 * feeds that grow by a few full-text items per request up to a cap, and sources that are slow (answer after
 * the fetch timeout), trickle (a byte at a time), huge (one item of megabytes of text), fail (500), reset
 * the connection, send malformed XML, or redirect in a loop. Each good item carries a word found nowhere
 * else ({@link #token}), so a reader can search for it.
 */
final class FaultySources implements AutoCloseable {

  /** The misbehaving sources, by path. */
  static final List<String> FAULTY = List.of("/slow.xml", "/trickle.xml", "/huge.xml", "/fail.xml", "/reset.xml", "/malformed.xml", "/loop.xml");
  /** A word of the huge item, found nowhere else. */
  static final String HUGE_TOKEN = "hugeitemzq";

  private static final String[] PLACES = {"Riyadh", "Geneva", "Istanbul", "Warsaw", "Nairobi", "Lima", "Jakarta", "Oslo"};
  private static final String[] TOPICS = {"ceasefire talks", "grain exports", "a drought", "port strikes", "an election", "rail fares"};
  private static final String[] VERBS = {"said", "reported", "confirmed", "warned", "announced", "insisted"};

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16, r -> Thread.ofPlatform().daemon().name("faulty-sources").unstarted(r));
  private final int goodFeeds;
  private final int perRequest;
  private final int maxItems;
  private final Duration slowFor;
  private final byte[] huge;
  private final Map<Integer, AtomicInteger> requests = new ConcurrentHashMap<>();

  /**
   * @param perRequest items a good feed gains on each request
   * @param maxItems items a good feed holds at most (then it stops growing)
   * @param slowFor how long the slow source waits before it answers
   * @param hugeBytes the size of the huge item's text
   */
  FaultySources(int goodFeeds, int perRequest, int maxItems, Duration slowFor, int hugeBytes) throws IOException {
    this.goodFeeds = goodFeeds;
    this.perRequest = perRequest;
    this.maxItems = maxItems;
    this.slowFor = slowFor;
    this.huge = hugeFeed(hugeBytes).getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The URLs of all sources: the good feeds first, then the faulty ones. */
  List<String> urls() {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < goodFeeds; k++) out.add(base() + "/good/" + k + ".xml");
    for (String path : FAULTY) out.add(base() + path);
    return out;
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Items a good feed has served so far. */
  int served(int feed) {
    AtomicInteger n = requests.get(feed);
    return n == null ? 0 : Math.min(maxItems, n.get() * perRequest);
  }

  /** Whether every good feed has reached its cap. */
  boolean allServed() {
    for (int k = 0; k < goodFeeds; k++) if (served(k) < maxItems) return false;
    return true;
  }

  /** The word that only item {@code item} of feed {@code feed} carries. */
  static String token(int feed, int item) {
    return "ref" + (char) ('a' + feed % 26) + feed + "q" + item;
  }

  /** Where item {@code item} of feed {@code feed} says it was published. */
  static String link(int feed, int item) {
    return "https://news.example/" + feed + "/" + item;
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    try {
      if (path.startsWith("/good/")) {
        int feed = Integer.parseInt(path.substring("/good/".length(), path.length() - ".xml".length()));
        int count = Math.min(maxItems, requests.computeIfAbsent(feed, f -> new AtomicInteger()).incrementAndGet() * perRequest);
        send(ex, 200, good(feed, count).getBytes(StandardCharsets.UTF_8));
        return;
      }
      switch (path) {
        case "/slow.xml" -> {
          sleep(slowFor);
          send(ex, 200, good(999, 1).getBytes(StandardCharsets.UTF_8));
        }
        case "/trickle.xml" -> {
          ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (byte b : good(998, 1).getBytes(StandardCharsets.UTF_8)) {
              out.write(b);
              out.flush();
              sleep(Duration.ofMillis(50));
            }
          }
        }
        case "/huge.xml" -> send(ex, 200, huge);
        case "/fail.xml" -> send(ex, 500, "internal error".getBytes(StandardCharsets.UTF_8));
        case "/reset.xml" -> {} // closed below without an answer
        case "/malformed.xml" -> send(ex, 200, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken</title><item><title>a & b</titl".getBytes(StandardCharsets.UTF_8));
        case "/loop.xml" -> {
          ex.getResponseHeaders().set("Location", "/loop.xml?again");
          ex.sendResponseHeaders(302, -1);
        }
        default -> send(ex, 404, ("no route " + path).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // the client gave up (timeouts cut slow answers short): expected here
    } finally {
      ex.close();
    }
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A good feed's first {@code count} items, newest first; item i is about one of a few events. */
  private static String good(int feed, int count) {
    StringBuilder sb = header("Good feed " + feed);
    for (int i = count - 1; i >= 0; i--) {
      Random r = new Random(feed * 100_003L + i);
      int event = i % TOPICS.length;
      String place = PLACES[event % PLACES.length];
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 5; p++) {
        body.append("<p>Officials in ").append(place).append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(" on day ")
            .append(event).append(" that ").append(TOPICS[event]).append(" would go on, and ").append(r.nextInt(90) + 10)
            .append(" delegates from ").append(PLACES[r.nextInt(PLACES.length)]).append(" took part in paragraph ").append(p)
            .append(" of report ").append(token(feed, i)).append(", which gave the figures in full.</p>");
      }
      item(sb, "Report " + token(feed, i) + ": " + TOPICS[event] + " in " + place, link(feed, i),
          token(feed, i), Instant.parse("2025-02-18T00:00:00Z").plusSeconds(600L * i), body.toString());
    }
    return sb.append("</channel></rss>").toString();
  }

  /** One item of about {@code bytes} of text: a sentence repeated, and numbered sentences, in paragraphs. */
  private static String hugeFeed(int bytes) {
    StringBuilder body = new StringBuilder();
    String repeated = "The delegations met in Riyadh on Tuesday to discuss an end to the war in Ukraine now. ";
    for (int p = 0; body.length() < bytes; p++) {
      body.append("<p>");
      if (p % 2 == 0) body.append(repeated.repeat(40));
      else for (int s = 0; s < 30; s++) body.append("Clause ").append(p * 30 + s).append(" of the draft ").append(HUGE_TOKEN).append(" was read aloud. ");
      body.append("</p>");
    }
    StringBuilder sb = header("Huge feed");
    item(sb, "The whole archive " + HUGE_TOKEN, "https://huge.example/1", "huge-1", Instant.parse("2025-02-18T00:00:00Z"), body.toString());
    return sb.append("</channel></rss>").toString();
  }

  private static StringBuilder header(String title) {
    return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>").append(title)
        .append("</title><link>https://news.example/</link><description>d</description>");
  }

  private static void item(StringBuilder sb, String title, String link, String guid, Instant published, String html) {
    sb.append("<item><title>").append(title).append("</title><link>").append(link).append("</link><guid>").append(guid)
        .append("</guid><pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC)))
        .append("</pubDate><description>Teaser</description><content:encoded><![CDATA[").append(html)
        .append("]]></content:encoded></item>");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

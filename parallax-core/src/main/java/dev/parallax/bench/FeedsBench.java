package dev.parallax.bench;

import com.sun.net.httpserver.HttpServer;
import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.feed.FeedParseException;
import dev.parallax.feed.FeedParser;
import dev.parallax.feed.FeedPoller;
import dev.parallax.feed.JdbcSourceStore;
import dev.parallax.feed.NewSource;
import dev.parallax.feed.RoundReport;
import dev.parallax.fetch.FetchPolicy;
import dev.parallax.fetch.HttpFetcher;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Executors;

/**
 * Speed of the feed stage: parsing (RSS and JSON Feed, 200 items each) and one polling round over an
 * in-process server (feeds with full text, through extraction, store, index and clustering). Prints its
 * numbers; run with {@code java -cp ... dev.parallax.bench.FeedsBench}.
 */
public final class FeedsBench {

  private FeedsBench() {}

  public static void main(String[] args) throws Exception {
    int sources = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    parsing();
    pipelineOnly(sources * items);
    polling(sources, items);
  }

  /** The same number of items through the ingest pipeline alone, as a baseline for the polling round. */
  private static void pipelineOnly(int count) throws Exception {
    java.util.List<dev.parallax.ingest.ReadResult> docs = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story ")
          .append(i).append("</title></head><body><article>");
      for (int p = 0; p < 6; p++)
        html.append("<p>Paragraph ").append(p).append(" of story ").append(i)
            .append(": officials met on Tuesday to discuss the talks, and said that further meetings would follow"
                + " in the coming weeks as both delegations reported back to their capitals.</p>");
      html.append("</article></body></html>");
      docs.add(new dev.parallax.ingest.ReadResult.Ok(new dev.parallax.ingest.SourceDocument(
          "bench:" + i, null, "https://bench.example/" + i, dev.parallax.ingest.SourceDocument.Format.HTML,
          html.toString().getBytes(StandardCharsets.UTF_8),
          new dev.parallax.ingest.SourceDocument.Given(null, "Story " + i, "Outlet", Instant.parse("2025-02-18T00:00:00Z"), null))));
    }
    Path dir = Files.createTempDirectory("parallax-feeds-bench-pipeline");
    try (Parallax parallax = Parallax.open(Config.embedded(dir), InstantSource.system())) {
      long t0 = System.nanoTime();
      var report = parallax.ingestor().run(new dev.parallax.ingest.DocumentSource() {
        @Override public long estimatedSize() { return docs.size(); }
        @Override public java.util.stream.Stream<dev.parallax.ingest.ReadResult> read() { return docs.stream(); }
      }, dev.parallax.ingest.IngestListener.NONE);
      long t1 = System.nanoTime();
      System.out.printf("baseline: the ingest pipeline alone on %d such items: %.2f s, %.0f items/s (%s)%n",
          count, (t1 - t0) / 1e9, report.added() / ((t1 - t0) / 1e9), report.summary());
    }
  }

  private static void parsing() throws FeedParseException {
    FeedParser parser = new FeedParser(InstantSource.system());
    byte[] rss = rss("bench", 200).getBytes(StandardCharsets.UTF_8);
    byte[] json = json(200).getBytes(StandardCharsets.UTF_8);
    URI base = URI.create("https://bench.example/feed");
    for (int i = 0; i < 50; i++) {
      parser.parse(rss, null, base);
      parser.parse(json, null, base);
    }
    int rounds = 300;
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) parser.parse(rss, "application/rss+xml", base);
    long t1 = System.nanoTime();
    for (int i = 0; i < rounds; i++) parser.parse(json, "application/feed+json", base);
    long t2 = System.nanoTime();
    System.out.printf("parse RSS 2.0 (200 items, %d KB): %.2f ms/feed, %.0f items/s%n",
        rss.length / 1024, (t1 - t0) / 1e6 / rounds, rounds * 200 / ((t1 - t0) / 1e9));
    System.out.printf("parse JSON Feed (200 items, %d KB): %.2f ms/feed, %.0f items/s%n",
        json.length / 1024, (t2 - t1) / 1e6 / rounds, rounds * 200 / ((t2 - t1) / 1e9));
  }

  private static void polling(int sourceCount, int itemCount) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", ex -> {
      String name = ex.getRequestURI().getPath().substring(1);
      byte[] body = rss(name, itemCount).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
      ex.getResponseHeaders().set("ETag", "\"" + name + "\"");
      if (("\"" + name + "\"").equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
      } else {
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
      ex.close();
    });
    server.start();
    Path dir = Files.createTempDirectory("parallax-feeds-bench");
    InstantSource clock = InstantSource.system();
    try (Parallax parallax = Parallax.open(Config.embedded(dir), clock);
        JdbcSourceStore store = JdbcSourceStore.sqlite(dir, clock);
        HttpFetcher fetcher = new HttpFetcher(FetchPolicy.DEFAULT.withAllowPrivateHosts(true), clock);
        FeedPoller poller = new FeedPoller(store, fetcher, parallax::ingestor, clock, FeedPoller.Settings.DEFAULT)) {
      for (int s = 0; s < sourceCount; s++)
        store.add(NewSource.of("http://127.0.0.1:" + server.getAddress().getPort() + "/s" + s));
      long t0 = System.nanoTime();
      RoundReport first = poller.pollAll();
      long t1 = System.nanoTime();
      RoundReport second = poller.pollAll();
      long t2 = System.nanoTime();
      System.out.printf("first round, %d sources x %d full-text items: %.2f s, %.0f items/s (%s)%n",
          sourceCount, itemCount, (t1 - t0) / 1e9, first.added() / ((t1 - t0) / 1e9), first.summary());
      System.out.printf("second round, all 304: %.0f ms (%s)%n", (t2 - t1) / 1e6, second.summary());
    } finally {
      server.stop(0);
      ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
  }

  static String rss(String name, int items) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Outlet " + name
        + "</title><link>https://bench.example/</link><description>d</description>");
    Instant base = Instant.parse("2025-02-18T00:00:00Z");
    for (int i = 0; i < items; i++) {
      sb.append("<item><title>Story ").append(name).append(' ').append(i).append("</title><link>https://bench.example/")
          .append(name).append('/').append(i).append("</link><guid>").append(name).append('-').append(i)
          .append("</guid><pubDate>")
          .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(base.plusSeconds(60L * i).atOffset(java.time.ZoneOffset.UTC)))
          .append("</pubDate><description>Teaser</description><content:encoded><![CDATA[");
      for (int p = 0; p < 6; p++)
        sb.append("<p>Paragraph ").append(p).append(" of story ").append(i).append(" from ").append(name)
            .append(": officials met on Tuesday to discuss the talks, and said that further meetings would follow"
                + " in the coming weeks as both delegations reported back to their capitals.</p>");
      sb.append("]]></content:encoded></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  static String json(int items) {
    StringBuilder sb = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\",\"items\":[");
    for (int i = 0; i < items; i++) {
      if (i > 0) sb.append(',');
      sb.append("{\"id\":\"").append(i).append("\",\"url\":\"https://bench.example/j/").append(i)
          .append("\",\"title\":\"Story ").append(i).append("\",\"date_published\":\"2025-02-18T10:00:00Z\",\"content_html\":\"");
      for (int p = 0; p < 6; p++) sb.append("<p>Paragraph ").append(p).append(" of a story with some words in it.</p>");
      sb.append("\"}");
    }
    return sb.append("]}").toString();
  }
}

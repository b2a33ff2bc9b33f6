package dev.parallax.server;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestListener;
import dev.parallax.ingest.IngestReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/**
 * A running server on port 0 over a temporary installation holding the five seed articles plus two JSONL
 * articles: one with an outlet, URL and date, one full of hostile markup.
 */
final class Fixture {

  static final String TOKEN = "test-admin-token-123";
  static final String HOSTILE_ID = "hostile-1";
  static final String DATED_ID = "dated-1";

  final Path dir;
  final Parallax parallax;
  final WebServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final String base;

  private Fixture(Path dir, Parallax parallax, WebServer server) {
    this.dir = dir;
    this.parallax = parallax;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  static Path seeds() {
    return Path.of(System.getProperty("parallax.repo", "..")).resolve("parallax-core/src/test/resources/fixtures/seeds");
  }

  static Fixture start() throws Exception {
    Path dir = Files.createTempDirectory("parallax-web-");
    Path extra = dir.resolve("extra.jsonl");
    Files.writeString(
        extra,
        """
        {"id": "%s", "title": "Talks in Riyadh <script>alert('x')</script> & more", "outlet": "Evil <b>Outlet</b>", "url": "javascript:alert(1)", "text": "A hostile paragraph <img src=x onerror=alert(1)> about the summit in Riyadh, long enough to be a paragraph of its own.\\n\\nSecond paragraph with \\"quotes\\" and <a href=javascript:alert(2)>a link</a>."}
        {"id": "%s", "title": "Lavrov and Rubio agree to restore embassies", "outlet": "Example Wire", "url": "https://example.com/news/lavrov-rubio", "published": "2025-02-18T15:00:00Z", "text": "Sergei Lavrov and Marco Rubio agreed in Riyadh on Tuesday to restore staffing at their embassies, the foreign ministers said after four and a half hours of talks.\\n\\nUkraine was not invited to the talks, which Kyiv said could not decide anything about it without it."}
        """
            .formatted(HOSTILE_ID, DATED_ID));
    Parallax parallax = Parallax.open(Config.embedded(dir.resolve("data")), InstantSource.system());
    IngestReport report = parallax.ingestor().run(new FileSource(List.of(seeds(), extra)), IngestListener.NONE);
    if (report.added() != 7) throw new IllegalStateException("fixture ingest added " + report.added() + ": " + report);
    WebServer server = new WebServer(parallax, new ServerOptions("127.0.0.1", 0, TOKEN), InstantSource.system());
    server.start();
    return new Fixture(dir, parallax, server);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String token, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  void close() throws Exception {
    server.close();
    parallax.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}

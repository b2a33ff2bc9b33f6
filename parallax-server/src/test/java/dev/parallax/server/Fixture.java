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
 * A running server on port 0 over a temporary installation holding the five seed articles plus four JSONL
 * articles: one more report of the seeds' event (with an outlet, URL and date), two outlets' reports of an
 * earthquake (another story), and a football report full of hostile markup.
 */
final class Fixture {

  static final String TOKEN = "test-admin-token-123";
  static final String HOSTILE_ID = "hostile-1";
  static final String DATED_ID = "dated-1";
  static final String QUAKE_ID = "quake-1";
  /** The five seeds plus the four JSONL articles above. */
  static final int ARTICLES = 9;

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
        {"id": "%s", "title": "Cup final <script>alert('x')</script> & more", "outlet": "Evil <b>Outlet</b>", "url": "javascript:alert(1)", "text": "A hostile paragraph <img src=x onerror=alert(1)> about the cup final at Wembley, where United beat City two goals to one after extra time, long enough to be a paragraph of its own.\\n\\nSecond paragraph with \\"quotes\\" and <a href=javascript:alert(2)>a link</a> about the goals, the penalties that never came and the trophy."}
        {"id": "%s", "title": "Lavrov and Rubio agree to restore embassies", "outlet": "Example Wire", "url": "https://example.com/news/lavrov-rubio", "published": "2025-02-18T15:00:00Z", "text": "Sergei Lavrov and Marco Rubio agreed in Riyadh on Tuesday to restore staffing at their embassies, the foreign ministers said after four and a half hours of talks about ending the war in Ukraine.\\n\\nUkraine was not invited to the talks, which Kyiv said could not decide anything about it without it. Volodymyr Zelensky postponed his visit to Saudi Arabia."}
        {"id": "quake-1", "title": "Earthquake of magnitude 7.1 strikes southern Peru", "outlet": "Andes Daily", "url": "https://example.com/quake-1", "published": "2025-03-02T06:00:00Z", "text": "An earthquake of magnitude 7.1 struck the Arequipa region of southern Peru early on Sunday, the national seismological institute said, damaging houses in the town of Chala and cutting roads in the Andes.\\n\\nRescue teams were searching collapsed buildings in Chala; officials said at least 12 people were killed and dozens were injured in Arequipa."}
        {"id": "quake-2", "title": "Peru quake kills at least 14 in Arequipa", "outlet": "Lima Post", "url": "https://example.com/quake-2", "published": "2025-03-02T11:00:00Z", "text": "The death toll from the magnitude 7.1 earthquake that hit the Arequipa region of southern Peru rose to 14 on Sunday, officials said, as rescue teams searched the rubble of homes in Chala.\\n\\nThe seismological institute said the quake struck near the coast at a depth of 30 kilometres; roads to Chala in the Andes were cut by landslides."}
        """
            .formatted(HOSTILE_ID, DATED_ID));
    Parallax parallax = Parallax.open(Config.embedded(dir.resolve("data")), InstantSource.system());
    IngestReport report = parallax.ingestor().run(new FileSource(List.of(seeds(), extra)), IngestListener.NONE);
    if (report.added() != ARTICLES) throw new IllegalStateException("fixture ingest added " + report.added() + ": " + report);
    parallax.briefStories(report.stories(), done -> {}); // as `ingest` does, so the entity index is filled
    WebServer server = new WebServer(parallax, new ServerOptions("127.0.0.1", 0, TOKEN), InstantSource.system());
    server.start();
    return new Fixture(dir, parallax, server);
  }

  /** How many stories the clusterer made of the fixture (the pages must show each once). */
  int storyCount() throws Exception {
    return parallax.store().stories().size();
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

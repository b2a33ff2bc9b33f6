package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.brief.Briefer;
import dev.parallax.feed.PollingStatus;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestListener;
import dev.parallax.ingest.IngestReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story whose brief cannot be built still shows its coverage, the brief is not built again on every visit,
 * and the failure shows at {@code /api/health}: in full to an admin, as a single word to anyone else.
 */
class BriefFailureTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-admin-token-123";

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void showsTheCoverageOfAStoryWhoseBriefFailsAndDoesNotBriefItOnEveryVisit() throws Exception {
    Path jsonl = dir.resolve("quake.jsonl");
    Files.writeString(jsonl, """
        {"id": "quake-1", "title": "Earthquake of magnitude 7.1 strikes southern Peru", "outlet": "Andes Daily", "published": "2025-03-02T06:00:00Z", "text": "An earthquake of magnitude 7.1 struck the Arequipa region of southern Peru early on Sunday, the national seismological institute said, damaging houses in the town of Chala."}
        {"id": "quake-2", "title": "Peru quake kills at least 14 in Arequipa", "outlet": "Lima Post", "published": "2025-03-02T11:00:00Z", "text": "The death toll from the magnitude 7.1 earthquake that hit the Arequipa region of southern Peru rose to 14 on Sunday, officials said, as rescue teams searched the rubble of homes in Chala."}
        """);
    AtomicInteger attempts = new AtomicInteger();
    Briefer failing = (story, articles) -> {
      attempts.incrementAndGet();
      throw new OutOfMemoryError("Java heap space (thrown by the test)");
    };
    Instant polled = Instant.parse("2025-03-02T12:00:00Z");
    PollingStatus polling = new PollingStatus(true, polled, polled, 3, 1, true, polled, "StackOverflowError: deep feed");
    try (Parallax parallax = Parallax.open(Config.embedded(dir.resolve("data")), InstantSource.system(), failing)) {
      IngestReport report = parallax.ingestor().run(new FileSource(List.of(jsonl)), IngestListener.NONE);
      assertThat(report.added()).isEqualTo(2);
      try (WebServer server = new WebServer(parallax, new ServerOptions("127.0.0.1", 0, TOKEN), InstantSource.system(), () -> polling)) {
        String base = "http://127.0.0.1:" + server.start();
        String story = report.stories().getFirst();

        for (int visit = 0; visit < 3; visit++) {
          HttpResponse<String> page = get(base + "/stories/" + story, null);
          assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
          assertThat(page.body()).contains("class=\"cov-link\"").contains(StoryBriefs.NO_BRIEF);
        }
        HttpResponse<String> api = get(base + "/api/stories/" + story, null);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(api.body()).at("/brief/notes/0").asText()).isEqualTo(StoryBriefs.NO_BRIEF);
        assertThat(JSON.readTree(api.body()).get("coverage")).hasSize(report.stories().size() == 1 ? 2 : 1);
        assertThat(attempts).as("briefed once, not on every visit").hasValue(1);

        HttpResponse<String> anonymous = get(base + "/api/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(anonymous.body()).get("status").asText()).isEqualTo("degraded");
        assertThat(anonymous.body()).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError").doesNotContain(story);

        assertThat(get(base + "/api/health", "wrong-token-456789").statusCode()).isEqualTo(401);

        HttpResponse<String> admin = get(base + "/api/health", TOKEN);
        assertThat(admin.statusCode()).isEqualTo(200);
        JsonNode details = JSON.readTree(admin.body());
        assertThat(details.at("/polling/roundsFailed").asInt()).isEqualTo(1);
        assertThat(details.at("/polling/lastFailure").asText()).isEqualTo("StackOverflowError: deep feed");
        assertThat(details.get("briefFailures").asInt()).isEqualTo(1);
        assertThat(details.at("/recentBriefFailures/0/storyId").asText()).isEqualTo(story);
        assertThat(details.at("/recentBriefFailures/0/reason").asText()).contains("OutOfMemoryError");
      }
    }
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}

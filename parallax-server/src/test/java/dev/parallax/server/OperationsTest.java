package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What an operator watches: /metrics behind a token, /api/ready, the access log. */
class OperationsTest {

  private static final String ADMIN = "admin-token-for-ops-1";
  private static final String SCRAPER = "metrics-token-for-ops-1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  private HttpResponse<String> get(int port, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Operations alone on a Javalin app, with the environment it is given (as serve gives it System.getenv()). */
  private static Javalin app(Operations ops) {
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      ops.configure(cfg);
    });
    ops.routes(app);
    app.get("/stories/{id}", ctx -> ctx.result("story " + ctx.pathParam("id")));
    return app.start("127.0.0.1", 0);
  }

  @Test
  void metricsNeedTheMetricsOrTheAdminTokenAndCountRequestsPerRoute() throws Exception {
    try (Parallax parallax = Parallax.open(Config.embedded(dir), InstantSource.system());
        Operations ops = new Operations(parallax, ADMIN, Map.of("PARALLAX_METRICS_TOKEN", SCRAPER))) {
      Javalin app = app(ops);
      try {
        int port = app.port();
        assertThat(get(port, "/stories/a1", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/stories/b2", null).statusCode()).isEqualTo(200);
        ops.meters().counter("parallax.polls", "outcome", "updated").increment(3);

        assertThat(get(port, "/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/metrics", "wrong-token-wrong-token").statusCode()).isEqualTo(401);
        assertThat(get(port, "/metrics", ADMIN).statusCode()).isEqualTo(200);
        HttpResponse<String> scraped = get(port, "/metrics", SCRAPER);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String text = scraped.body();
        // one series per route pattern, not per id
        assertThat(text).contains("parallax_http_requests_seconds_count{method=\"GET\",route=\"/stories/{id}\",status=\"200\"} 2");
        assertThat(text).doesNotContain("/stories/a1");
        assertThat(text).contains("parallax_http_requests_seconds_count{method=\"GET\",route=\"/metrics\",status=\"401\"} 2");
        assertThat(text).contains("parallax_polls_total{outcome=\"updated\"} 3.0");
        assertThat(text).contains("parallax_articles_pending 0.0", "jvm_memory_used_bytes", "process_uptime_seconds");
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void metricsAreOffWithoutAnyTokenConfigured() throws Exception {
    try (Parallax parallax = Parallax.open(Config.embedded(dir), InstantSource.system());
        Operations ops = new Operations(parallax, null, Map.of())) {
      Javalin app = app(ops);
      try {
        HttpResponse<String> r = get(app.port(), "/metrics", "anything-at-all-really");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("PARALLAX_METRICS_TOKEN");
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void readyWhileTheStoreAndIndexAnswerAndNotAfterTheyAreClosed() throws Exception {
    Parallax parallax = Parallax.open(Config.embedded(dir), InstantSource.system());
    try (Operations ops = new Operations(parallax, ADMIN, Map.of())) {
      Javalin app = app(ops);
      try {
        HttpResponse<String> ready = get(app.port(), "/api/ready", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(ready.body());
        assertThat(body.get("status").asText()).isEqualTo("ready");
        assertThat(body.get("store").asText()).isEqualTo("ok");
        assertThat(body.get("index").asText()).isEqualTo("ok");
        assertThat(body.get("articles").asInt()).isZero();
        assertThat(get(app.port(), "/readyz", null).statusCode()).isEqualTo(200);

        parallax.close();

        HttpResponse<String> gone = get(app.port(), "/api/ready", null);
        assertThat(gone.statusCode()).isEqualTo(503);
        body = JSON.readTree(gone.body());
        assertThat(body.get("status").asText()).isEqualTo("not ready");
        assertThat(body.get("store").asText()).isEqualTo("failed");
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void theAccessLogHasMethodPathStatusAndTimeButNotTheQuery() throws Exception {
    Logger access = (Logger) LoggerFactory.getLogger("parallax.access");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    Level before = access.getLevel();
    access.setLevel(Level.INFO);
    access.addAppender(lines);
    try (Parallax parallax = Parallax.open(Config.embedded(dir), InstantSource.system());
        Operations ops = new Operations(parallax, ADMIN, Map.of())) {
      Javalin app = app(ops);
      try {
        get(app.port(), "/stories/x9?token=secret-in-query&q=private+search", null);
        get(app.port(), "/nowhere", null);
      } finally {
        app.stop();
      }
    } finally {
      access.detachAppender(lines);
      access.setLevel(before);
    }
    assertThat(lines.list).hasSize(2);
    assertThat(lines.list.get(0).getFormattedMessage()).matches("GET /stories/x9 200 \\d+ ms");
    assertThat(lines.list.get(1).getFormattedMessage()).matches("GET /nowhere 404 \\d+ ms");
    assertThat(lines.list).noneMatch(e -> e.getFormattedMessage().contains("secret") || e.getFormattedMessage().contains("private"));
  }

  @Test
  void theWebServerServesMetricsAndReadinessNextToHealth() throws Exception {
    try (Parallax parallax = Parallax.open(Config.embedded(dir), InstantSource.system());
        WebServer server = new WebServer(parallax, new ServerOptions("127.0.0.1", 0, ADMIN), InstantSource.system())) {
      int port = server.start();
      assertThat(get(port, "/api/health", null).statusCode()).isEqualTo(200);
      assertThat(get(port, "/api/ready", null).statusCode()).isEqualTo(200);
      assertThat(get(port, "/metrics", null).statusCode()).isEqualTo(401);
      server.meters().counter("parallax.articles.ingested").increment(7);
      HttpResponse<String> metrics = get(port, "/metrics", ADMIN);
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("parallax_articles_ingested_total 7.0", "route=\"/api/health\"");
    }
  }
}

package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class WebServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Fixture f;

  @BeforeAll
  static void start() throws Exception {
    f = Fixture.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (f != null) f.close();
  }

  private static JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = f.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  private static String storyOf(String articleId) throws Exception {
    return json("/api/articles/" + articleId, 200).path("story").path("id").asText();
  }

  @Test
  void listsEveryStoryWithHeadlineSummaryOutletsAndTimes() throws Exception {
    JsonNode page = json("/api/stories?limit=100", 200);
    assertThat(f.storyCount()).isBetween(3, Fixture.ARTICLES - 2); // the seeds' event and the quake are one story each
    assertThat(page.get("total").asInt()).isEqualTo(f.storyCount());
    for (JsonNode s : page.get("items")) {
      assertThat(s.get("title").asText()).isNotBlank().doesNotContain("Untitled");
      assertThat(s.get("summary").asText()).isNotBlank();
      assertThat(s.get("first").asText()).isNotBlank();
      assertThat(s.get("score").asDouble()).isPositive();
    }
    List<Double> scores = new ArrayList<>();
    page.get("items").forEach(s -> scores.add(s.get("score").asDouble()));
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void storyShowsItsBriefAndEveryArticleOfItsCoverage() throws Exception {
    String id = storyOf(Fixture.DATED_ID);
    JsonNode story = json("/api/stories/" + id, 200);
    assertThat(story.at("/story/id").asText()).isEqualTo(id);
    assertThat(story.get("coverage")).hasSize(story.at("/story/articles").asInt());
    assertThat(story.get("coverage").findValuesAsText("url")).contains("https://example.com/news/lavrov-rubio");
    assertThat(story.at("/brief/timeline")).isNotEmpty();
    String html = f.get("/stories/" + id).body();
    assertThat(html).contains("Lavrov and Rubio agree to restore embassies").contains("class=\"cov-link\"").contains("Example Wire");
    assertThat(html).contains("Timeline");
  }

  @Test
  void entityPagesGatherAPersonsStoriesAndQuotesAcrossSpellings() throws Exception {
    JsonNode top = json("/api/entities?limit=200", 200);
    assertThat(top.findValuesAsText("name")).contains("Donald Trump", "Marco Rubio", "Riyadh");
    assertThat(top.findValuesAsText("name")).filteredOn(n -> n.contains("Zelensk")).hasSize(1); // one person, however spelled
    JsonNode lavrov = json("/api/entities/sergey-lavrov", 200); // the other spelling finds the same page
    assertThat(lavrov.get("name").asText()).isIn("Sergei Lavrov", "Sergey Lavrov");
    assertThat(lavrov.get("type").asText()).isEqualTo("PERSON");
    assertThat(lavrov.get("stories").findValuesAsText("id")).contains(storyOf(Fixture.DATED_ID));
    JsonNode peskov = json("/api/entities/dmitry-peskov", 200);
    assertThat(peskov.get("quotes").findValuesAsText("text")).anyMatch(t -> t.contains("restoring the entire complex"));
    assertThat(json("/api/entities/nobody-at-all", 404).get("status").asInt()).isEqualTo(404);

    String story = f.get("/stories/" + storyOf(Fixture.DATED_ID)).body();
    assertThat(story).contains("href=\"/entities/dmitry-peskov\"");
    String page = f.get("/entities/dmitry-peskov").body();
    assertThat(page).contains("<h1>Dmitry Peskov</h1>").contains("restoring the entire complex").contains("href=\"/stories/");
    assertThat(f.get("/entities").body()).contains("href=\"/entities/marco-rubio\"");
  }

  @Test
  void articlePageShowsTheCleanBodyTheOriginalAndItsStory() throws Exception {
    String html = f.get("/articles/" + Fixture.DATED_ID).body();
    assertThat(html).contains("Sergei Lavrov and Marco Rubio agreed").contains("href=\"https://example.com/news/lavrov-rubio\"");
    assertThat(html).contains("href=\"/stories/" + storyOf(Fixture.DATED_ID) + "\"");
    assertThat(f.get("/articles/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void escapesEverythingThatCameFromOutside() throws Exception {
    for (String path : List.of("/articles/" + Fixture.HOSTILE_ID, "/stories/" + storyOf(Fixture.HOSTILE_ID), "/", "/search?q=hostile", "/outlets")) {
      String html = f.get(path).body();
      assertThat(html).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("href=\"javascript:")
          .doesNotContain("<b>Outlet</b>").doesNotContain("<a href=javascript");
    }
    assertThat(f.get("/articles/" + Fixture.HOSTILE_ID).body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("Read the original");
    JsonNode hits = json("/api/search?q=hostile", 200).get("hits");
    assertThat(hits.get(0).get("snippet").asText()).contains("<mark>hostile</mark>").contains("&lt;img").doesNotContain("<img");
  }

  @Test
  void searchRanksWithBm25AndHighlightsPhrases() throws Exception {
    JsonNode r = json("/api/search?q=%22foreign+ministers%22", 200);
    assertThat(r.get("total").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(r.at("/hits/0/snippet").asText()).contains("<mark>").doesNotContain("\n").matches("^[^\\s”].*");
    JsonNode riyadh = json("/api/search?q=Riyadh&limit=20", 200);
    assertThat(riyadh.get("total").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(riyadh.get("feed").asText()).startsWith("/feeds/search.atom?q=Riyadh");
    JsonNode title = json("/api/search?q=title:embassies", 200);
    assertThat(title.at("/hits/0/id").asText()).isEqualTo(Fixture.DATED_ID);
  }

  @Test
  void searchFiltersByOutletAndDate() throws Exception {
    JsonNode byOutlet = json("/api/search?q=Riyadh&outlet=example-wire", 200);
    assertThat(byOutlet.get("total").asInt()).isEqualTo(1);
    assertThat(byOutlet.at("/hits/0/outletId").asText()).isEqualTo("example-wire");
    assertThat(json("/api/search?q=Riyadh&from=2025-02-18&to=2025-02-18", 200).get("total").asInt()).isEqualTo(1);
    assertThat(json("/api/search?q=Riyadh&from=2025-02-19", 200).get("total").asInt()).isZero();
    assertThat(json("/api/search?q=Riyadh&outlet=no-such", 400).get("message").asText()).contains("unknown outlet");
    assertThat(json("/api/search?q=Riyadh&from=yesterday", 400).get("message").asText()).contains("from must be a date");
  }

  @Test
  void searchFiltersByEntityInAnyOfItsSpellings() throws Exception {
    JsonNode all = json("/api/search?q=Ukraine&limit=50", 200);
    JsonNode starmer = json("/api/search?q=Ukraine&entity=keir-starmer&limit=50", 200);
    assertThat(starmer.get("total").asInt()).isPositive().isLessThan(all.get("total").asInt());
    for (JsonNode hit : starmer.get("hits"))
      assertThat(json("/api/articles/" + hit.get("id").asText(), 200).at("/article/paragraphs").toString()).contains("Starmer");
    assertThat(starmer.get("feed").asText()).contains("entity=keir-starmer");
    assertThat(json("/api/search?q=Ukraine&entity=nobody-at-all", 400).get("message").asText()).contains("unknown entity");
    assertThat(f.get("/entities/keir-starmer").body()).contains("name=\"entity\" value=\"keir-starmer\"");
  }

  @Test
  void mapsErrorsToAStableJsonBody() throws Exception {
    JsonNode missing = json("/api/stories/none", 404);
    assertThat(missing.get("status").asInt()).isEqualTo(404);
    assertThat(missing.get("message").asText()).contains("none");
    assertThat(json("/api/search", 400).get("message").asText()).contains("q");
    assertThat(json("/api/stories?limit=0", 400).get("message").asText()).contains("limit");
    HttpResponse<String> page = f.get("/stories/none");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<h1>Not found</h1>");
  }

  /** {@code n} distinct fuzzy words ("word0~2 word1~2 ..."), as a probe sent. */
  private static String fuzzy(int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> "word" + i + "~2").collect(java.util.stream.Collectors.joining("+"));
  }

  @Test
  void refusesCostlySearchesWithA400SayingWhatToSimplify() throws Exception {
    JsonNode costly = json("/api/search?limit=100&q=" + fuzzy(45), 400);
    assertThat(costly.get("message").asText()).contains("too costly").contains("45 fuzzy words").contains("use fewer fuzzy words");
    // thirty fuzzy words used to expand past Lucene's clause limit: an internal error
    assertThat(json("/api/search?q=" + fuzzy(30), 400).get("message").asText()).contains("30 fuzzy words");
    assertThat(json("/api/search?q=" + "riyadh+".repeat(80), 400).get("message").asText()).contains("longer than 500 characters");
    assertThat(f.get("/search?q=" + fuzzy(45)).body()).contains("class=\"error\"").contains("too costly");
    // a fuzzy word within the budget is searched (its highlighting: ArticleSearchTest)
    assertThat(json("/api/search?q=Riyad~1", 200).get("total").asInt()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void malformedJsonBodiesAre400sWithAStableBody() throws Exception {
    String id = storyOf(Fixture.DATED_ID);
    for (String body : List.of("{not json", "[1, 2]", "{\"note\": {\"nested\": 1}}", "{\"note\": \"x\"")) {
      HttpResponse<String> r = f.send("PUT", "/api/picks/" + id, Fixture.TOKEN, body);
      assertThat(r.statusCode()).as(body + ": " + r.body()).isEqualTo(400);
      JsonNode error = JSON.readTree(r.body());
      assertThat(error.get("status").asInt()).isEqualTo(400);
      // says what the body should be: PickRequest names the problem ("not JSON", "must be an object", a wrong type)
      assertThat(error.get("message").asText()).containsAnyOf("body is not JSON like {\"note\"", "body must be a JSON object like {\"note\"", "\"note\" must be a string");
    }
    assertThat(json("/api/picks", 200)).isEmpty();
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
    String id = storyOf(Fixture.DATED_ID);
    byte[] big = ("{\"note\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.base + "/api/picks/" + id))
            .header("Authorization", "Bearer " + Fixture.TOKEN)
            // a stream of unknown length goes chunked: no Content-Length for Javalin's own limit to check
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();
    HttpResponse<String> r = f.http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).get("message").asText()).contains("larger than 65536 bytes");
    assertThat(json("/api/picks", 200)).isEmpty();
    HttpResponse<String> small = f.send("PUT", "/api/picks/" + id, Fixture.TOKEN, "{\"note\": \"fine\"}");
    assertThat(small.statusCode()).isEqualTo(200);
    assertThat(f.send("DELETE", "/api/picks/" + id, Fixture.TOKEN, null).statusCode()).isEqualTo(204);
  }

  @Test
  void feedLinksComeFromTheBaseUrlNeverTheHostHeader() throws Exception {
    String raw;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", f.server.port())) {
      socket.getOutputStream().write(
          "GET /feeds/top.atom HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(raw).startsWith("HTTP/1.1 200").doesNotContain("evil.example").contains("href=\"" + f.base + "/stories/");
  }

  /** The raw answer to a request line sent as is (no client in between to normalise the path). */
  private static String raw(String requestLine) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", f.server.port())) {
      socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void pathsNeverLeaveTheStaticFolderOrTheStore() throws Exception {
    for (String path : List.of("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
        "/static/%252e%252e/etc/passwd", "/static/....//....//etc/passwd", "/articles/..%2f..%2fetc%2fpasswd", "/stories/%2e%2e%2fdata",
        "/static/../../dev/parallax/server/WebServer.class", "/static/..\\..\\etc\\passwd")) {
      String answer = raw("GET " + path + " HTTP/1.1");
      assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("root:x:0:0");
    }
    assertThat(raw("GET /static/app.js HTTP/1.1")).startsWith("HTTP/1.1 200");
  }

  @Test
  void anotherSiteCannotEditPicks() throws Exception {
    String id = storyOf(Fixture.DATED_ID);
    // no CORS: a page elsewhere cannot send the Authorization header, and without it nothing changes
    String preflight = raw("OPTIONS /api/picks/" + id + " HTTP/1.1\r\nOrigin: https://evil.example\r\nAccess-Control-Request-Method: PUT"
        + "\r\nAccess-Control-Request-Headers: authorization");
    assertThat(preflight.toLowerCase(java.util.Locale.ROOT)).doesNotContain("access-control-allow-origin");
    HttpResponse<String> form = f.http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.base + "/api/picks/" + id))
            .header("Origin", "https://evil.example").header("Content-Type", "text/plain")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"note\": \"x\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(401);
    assertThat(json("/api/picks", 200)).isEmpty();
  }

  @Test
  void theArticleApiLetsOnlyHttpUrlsOut() throws Exception {
    JsonNode hostile = json("/api/articles/" + Fixture.HOSTILE_ID, 200).get("article");
    assertThat(hostile.get("url").isNull()).as(hostile.toString()).isTrue();
    assertThat(hostile.at("/outlet/homepage").isNull()).isTrue();
    assertThat(json("/api/articles/" + Fixture.DATED_ID, 200).at("/article/url").asText()).isEqualTo("https://example.com/news/lavrov-rubio");
  }

  @Test
  void relatedStoriesShareTermsAndExcludeTheStoryItself() throws Exception {
    String id = storyOf(Fixture.DATED_ID);
    HttpResponse<String> r = f.get("/api/stories/" + id + "/related");
    JsonNode related = JSON.readTree(r.body());
    assertThat(related).isNotEmpty();
    related.forEach(s -> assertThat(s.get("id").asText()).isNotEqualTo(id));
  }

  @Test
  void editorsPicksNeedTheAdminToken() throws Exception {
    String id = storyOf(Fixture.DATED_ID);
    assertThat(f.send("PUT", "/api/picks/" + id, null, null).statusCode()).isEqualTo(401);
    assertThat(f.send("PUT", "/api/picks/" + id, "wrong-token-0000", null).statusCode()).isEqualTo(401);
    HttpResponse<String> ok = f.send("PUT", "/api/picks/" + id, Fixture.TOKEN, "{\"note\": \"Embassies <reopen>\"}");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(json("/api/picks", 200).get(0).get("id").asText()).isEqualTo(id);
    String home = f.get("/").body();
    assertThat(home).contains("Editors’ picks").contains("Embassies &lt;reopen&gt;");
    assertThat(f.send("PUT", "/api/picks/none", Fixture.TOKEN, null).statusCode()).isEqualTo(404);
    assertThat(f.send("DELETE", "/api/picks/" + id, Fixture.TOKEN, null).statusCode()).isEqualTo(204);
    assertThat(json("/api/picks", 200)).isEmpty();
  }

  @Test
  void aPickWithABadBodyIsRefusedWithAMessageAndPicksNothing() throws Exception {
    String id = storyOf(Fixture.DATED_ID);
    Map<String, String> bodies =
        Map.of(
            "null", "must be a JSON object",
            "[1]", "must be a JSON object",
            "{\"note\": {\"a\": 1}}", "\"note\" must be a string, got an object",
            "{\"note\": 5}", "\"note\" must be a string, got a number",
            "{\"nope\": \"x\"}", "unknown field \"nope\"",
            "{\"note\": \"a\"} trailing", "not JSON",
            "{\"note\": \"" + "x".repeat(501) + "\"}", "longer than 500");
    for (Map.Entry<String, String> b : bodies.entrySet()) {
      HttpResponse<String> r = f.send("PUT", "/api/picks/" + id, Fixture.TOKEN, b.getKey());
      assertThat(r.statusCode()).as(b.getKey() + " -> " + r.body()).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("message").asText()).as(b.getKey()).contains(b.getValue());
    }
    assertThat(json("/api/picks", 200)).isEmpty();
  }

  @Test
  void outletPagesListTheirArticles() throws Exception {
    JsonNode outlets = json("/api/outlets", 200);
    assertThat(outlets.findValuesAsText("id")).contains("example-wire");
    JsonNode page = json("/api/outlets/example-wire", 200);
    assertThat(page.at("/articles/0/id").asText()).isEqualTo(Fixture.DATED_ID);
    assertThat(f.get("/outlets/example-wire").body()).contains("Lavrov and Rubio agree");
  }

  @Test
  void servesWellFormedAtomFeedsForTopStoriesAndSearches() throws Exception {
    Document top = xml(f.get("/feeds/top.atom"));
    assertThat(top.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(top.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(f.storyCount());
    Document search = xml(f.get("/feeds/search.atom?q=embassies"));
    assertThat(search.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(1);
    assertThat(search.getElementsByTagNameNS("*", "title").item(1).getTextContent()).isEqualTo("Lavrov and Rubio agree to restore embassies");
  }

  @Test
  void documentsTheApiWithOpenApi() throws Exception {
    JsonNode doc = json("/api/openapi.json", 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").has("/api/search")).isTrue();
    assertThat(doc.get("paths").has("/api/stories/{id}")).isTrue();
  }

  private static Document xml(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/atom+xml");
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
  }
}

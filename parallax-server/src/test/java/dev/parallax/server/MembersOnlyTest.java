package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.digest.Digest;
import dev.parallax.domain.Story;
import dev.parallax.feed.JdbcSourceStore;
import dev.parallax.feed.NewSource;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestListener;
import dev.parallax.ingest.IngestReport;
import dev.parallax.members.JdbcMembersOnlyStore;
import dev.parallax.server.Viewer.Role;
import java.io.IOException;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Members-only text never reaches anyone but members and admins: every route the server has is fetched, with
 * the ids of a store where one outlet and one source are members-only, as an anonymous reader and as a signed-in
 * reader, and no answer may carry a sentence found only in a members-only article.
 */
class MembersOnlyTest {

  /** In a members-only outlet's article, deep in its text: found by search, never shown to non-members. */
  static final String SECRET_WORD = "zanzibarquill";
  static final String SECRET_REST = "cargo manifest was forged";
  /** In an article taken from a members-only source (its outlet is not marked). */
  static final String SOURCE_WORD = "velvetmarlin";
  static final String SOURCE_REST = "shipment never cleared customs";
  /** The opening words of an untitled members-only article (untitled articles are listed by them). */
  static final String UNTITLED_WORD = "Quillmorrow";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A signed-in session per role, made through the accounts store as sign-in makes them. */
  private static final Map<Role, String> SESSIONS = new java.util.EnumMap<>(Role.class);

  private static Path dir;
  private static Parallax parallax;
  private static WebServer server;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("parallax-members-");
    Path jsonl = dir.resolve("articles.jsonl");
    Files.writeString(jsonl, String.join("\n",
        line("quake-1", "Earthquake of magnitude 7.1 strikes southern Peru", "Andes Daily", "2025-03-02T06:00:00Z",
            "An earthquake of magnitude 7.1 struck the Arequipa region of southern Peru early on Sunday, the national seismological institute said, damaging houses in the town of Chala and cutting roads in the Andes.",
            "Rescue teams were searching collapsed buildings in Chala; officials said at least 12 people were killed and dozens were injured in Arequipa."),
        line("quake-2", "Peru quake kills at least 14 in Arequipa", "Lima Post", "2025-03-02T11:00:00Z",
            "The death toll from the magnitude 7.1 earthquake that hit the Arequipa region of southern Peru rose to 14 on Sunday, officials said, as rescue teams searched the rubble of homes in Chala.",
            "The seismological institute said the quake struck near the coast at a depth of 30 kilometres; roads to Chala in the Andes were cut by landslides."),
        line("paid-quake", "Chala rescuers race against aftershocks", "Members Gazette", "2025-03-02T13:00:00Z",
            "Rescue teams in Chala worked through the night after the magnitude 7.1 earthquake in the Arequipa region of southern Peru, officials said, as aftershocks shook the town.",
            "The national seismological institute recorded more than forty aftershocks near the coast of Arequipa by Sunday evening, and roads to Chala in the Andes stayed closed.",
            "Several fishing boats broke loose in the small harbour, where the coast guard counted damage to the pier and to two warehouses near the market.",
            "The harbour master quietly confirmed that the " + SECRET_WORD + " " + SECRET_REST + " before the storm."),
        line("feed-quake", "Aftershocks rattle Arequipa as toll rises", "Harbour Notes", "2025-03-02T15:00:00Z",
            "Aftershocks rattled the Arequipa region of southern Peru on Sunday after the magnitude 7.1 earthquake near Chala, officials said, as the death toll rose to 14.",
            "Rescue teams searched homes in Chala while the seismological institute warned of landslides on roads in the Andes.",
            "Fishermen said the harbour pier in Chala was cracked and that boats were moored further down the coast for the night.",
            "Dockworkers whispered that the " + SOURCE_WORD + " " + SOURCE_REST + " last winter."),
        line("paid-untitled", null, "Members Gazette", "2025-03-05T09:00:00Z",
            UNTITLED_WORD + " lighthouse keepers voted on Friday to strike over unpaid winter wages across the northern coast of the island.",
            "The keepers' union said the vote was unanimous and that the lamps would stay lit for safety during the strike.")) + "\n");
    parallax = Parallax.open(Config.embedded(dir.resolve("data")), InstantSource.system());
    IngestReport report = parallax.ingestor().run(new FileSource(List.of(jsonl)), IngestListener.NONE);
    if (report.added() != 5) throw new IllegalStateException("ingest added " + report.added() + ": " + report);
    parallax.briefStories(report.stories(), done -> {});
    Path data = dir.resolve("data");
    try (JdbcSourceStore sources = JdbcSourceStore.sqlite(data, InstantSource.system());
        JdbcMembersOnlyStore marks = JdbcMembersOnlyStore.sqlite(data, InstantSource.system())) {
      long feed = sources.add(NewSource.of("https://harbour.example/feed.xml")).source().id();
      sources.markSeen(feed, "item-1", "feed-quake");
      marks.markSource(feed, true);
      marks.markOutlet("Members Gazette", true);
    }
    // every story an editors' pick, so the picks list carries them too
    for (Story s : parallax.store().stories()) parallax.store().pick(s.id(), "worth reading");
    try (dev.parallax.accounts.Accounts accounts =
        new dev.parallax.accounts.Accounts(dev.parallax.accounts.JdbcUserStore.open(parallax.config()), InstantSource.system())) {
      for (Role role : List.of(Role.ADMIN, Role.MEMBER, Role.READER)) { // the first account is the admin
        var user = accounts.add(role.name().toLowerCase() + "@example.org", "correct horse battery", dev.parallax.accounts.Role.valueOf(role.name()), null);
        SESSIONS.put(role, accounts.openSession(user).secret());
      }
    }
    server = new WebServer(parallax, new ServerOptions("127.0.0.1", 0, null), InstantSource.system(), () -> dev.parallax.feed.PollingStatus.NOT_STARTED);
    server.start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
    if (parallax != null) parallax.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  // --- signing in: the one place to change ------------------------------------------------------------

  /** The request, sent by a browser signed in with an account of this role (its session cookie and CSRF token). */
  private static HttpRequest.Builder signedInAs(Role role, HttpRequest.Builder request) {
    if (role == Role.ANONYMOUS) return request;
    String session = SESSIONS.get(role);
    return request.header("Cookie", Cookies.SESSION + "=" + session).header(Csrf.HEADER, Csrf.forSession(session));
  }

  private static HttpResponse<String> send(Role role, String method, String path, String body, String contentType)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) b.header("Content-Type", contentType);
    return HTTP.send(signedInAs(role, b).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(Role role, String path) throws IOException, InterruptedException {
    return send(role, "GET", path, null, null);
  }

  private static JsonNode json(Role role, String path) throws Exception {
    HttpResponse<String> r = get(role, path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  // --- nothing leaks ----------------------------------------------------------------------------------

  @Test
  void theSecretTextReachesNoNonMemberOnAnyRoute() throws Exception {
    // the stored brief states each secret as a fact (a single article's sentence): the leak is real
    String brief = parallax.digests().store().digest(storyOf("paid-quake")).map(Digest::brief).map(Object::toString).orElse("");
    assertThat(brief).contains(SECRET_REST).contains(SOURCE_REST);
    List<String> routes = routes();
    assertThat(routes).hasSizeGreaterThan(40);
    for (Role role : List.of(Role.ANONYMOUS, Role.READER)) {
      for (String path : routes) {
        HttpResponse<String> r = get(role, path);
        assertThat(r.statusCode()).as(role + " " + path).isIn(200, 303, 400, 401, 403, 404);
        String body = r.body();
        assertThat(body).as(role + " " + path).doesNotContain(SECRET_REST).doesNotContain(SOURCE_REST);
        if (!path.contains(SECRET_WORD)) assertThat(body).as(role + " " + path).doesNotContain(SECRET_WORD);
        if (!path.contains(SOURCE_WORD)) assertThat(body).as(role + " " + path).doesNotContain(SOURCE_WORD);
        // an untitled article is listed by its opening words: not those of a members-only one
        assertThat(body).as(role + " " + path).doesNotContain(UNTITLED_WORD);
      }
    }
  }

  /** Every route the server has, with the test store's ids; searches for words only the secrets hold. */
  private static List<String> routes() throws Exception {
    Set<String> routes = new LinkedHashSet<>(List.of(
        "/", "/?offset=1", "/outlets", "/entities", "/search", "/feeds/top.atom",
        "/api/openapi.json", "/api/stories?limit=100", "/api/outlets", "/api/entities?limit=1000", "/api/health", "/api/picks",
        "/static/app.js", "/admin/members-only", "/api/admin/members-only"));
    for (String q : List.of(SECRET_WORD, SOURCE_WORD, "lighthouse", "harbour", "\"" + SECRET_WORD + " cargo\"", "quake", "Chala", "title:aftershocks")) {
      String e = URLEncoder.encode(q, StandardCharsets.UTF_8);
      routes.addAll(List.of("/search?q=" + e, "/api/search?q=" + e + "&limit=100", "/feeds/search.atom?q=" + e,
          "/search?q=" + e + "&outlet=members-gazette", "/api/search?q=" + e + "&outlet=harbour-notes&from=2025-03-01&to=2025-03-31"));
    }
    for (Story s : parallax.store().stories())
      routes.addAll(List.of("/stories/" + s.id(), "/stories/" + s.id() + "/related", "/stories/" + s.id() + "/related?part=list",
          "/api/stories/" + s.id(), "/api/stories/" + s.id() + "/related"));
    for (var c : parallax.store().coverage()) routes.addAll(List.of("/articles/" + c.articleId(), "/api/articles/" + c.articleId()));
    for (JsonNode o : json(Role.ANONYMOUS, "/api/outlets")) {
      String id = o.get("id").asText();
      routes.addAll(List.of("/outlets/" + id, "/api/outlets/" + id, "/search?q=quake&outlet=" + id));
    }
    for (JsonNode e : json(Role.ANONYMOUS, "/api/entities?limit=1000")) {
      String key = URLEncoder.encode(e.get("key").asText(), StandardCharsets.UTF_8);
      routes.addAll(List.of("/entities/" + key, "/api/entities/" + key, "/api/search?q=quake&entity=" + key));
    }
    // errors: bad ids, bad parameters, a query that cannot be parsed, a page that does not exist
    routes.addAll(List.of("/articles/nope", "/api/articles/nope", "/stories/nope", "/api/stories/nope/related",
        "/api/outlets/nope", "/api/entities/nope", "/api/search?q=quake&limit=0", "/api/search?q=quake&outlet=nope",
        "/api/search?q=%22unclosed", "/search?q=quake&from=yesterday", "/api/stories?offset=x", "/no/such/page",
        "/feeds/search.atom"));
    return new ArrayList<>(routes);
  }

  @Test
  void searchFindsAMembersOnlyArticleByAnyWordAndShowsItsHeadlineAlone() throws Exception {
    JsonNode anon = json(Role.ANONYMOUS, "/api/search?q=" + SECRET_WORD).get("hits");
    assertThat(anon).hasSize(1);
    assertThat(anon.get(0).get("id").asText()).isEqualTo("paid-quake");
    assertThat(anon.get(0).get("title").asText()).isEqualTo("Chala rescuers race against aftershocks");
    assertThat(anon.get(0).get("membersOnly").asBoolean()).isTrue();
    assertThat(anon.get(0).get("snippet").asText()).isEmpty();
    assertThat(get(Role.ANONYMOUS, "/search?q=" + SECRET_WORD).body()).contains("Chala rescuers race against aftershocks").contains(">Members<");

    JsonNode member = json(Role.MEMBER, "/api/search?q=" + SECRET_WORD).get("hits");
    assertThat(member.get(0).get("snippet").asText()).contains("<mark>" + SECRET_WORD + "</mark>").contains(SECRET_REST);
    String feed = get(Role.MEMBER, "/feeds/search.atom?q=" + SOURCE_WORD).body();
    assertThat(feed).contains(SOURCE_REST);
  }

  @Test
  void membersAndAdminsReadTheWholeArticleOthersAreAskedToSignUp() throws Exception {
    for (Role role : List.of(Role.MEMBER, Role.ADMIN)) {
      assertThat(get(role, "/articles/paid-quake").body()).as(role.name()).contains(SECRET_REST).contains(">Members<").doesNotContain(Paywall.SIGN_UP);
      JsonNode a = json(role, "/api/articles/feed-quake");
      assertThat(a.at("/article/paragraphs").toString()).as(role.name()).contains(SOURCE_REST);
      assertThat(a.get("membersOnly").asBoolean()).isTrue();
      assertThat(a.get("withheld").asBoolean()).isFalse();
      assertThat(get(role, "/articles/paid-untitled").body()).contains(UNTITLED_WORD + " lighthouse keepers");
    }
    for (Role role : List.of(Role.ANONYMOUS, Role.READER)) {
      String page = get(role, "/articles/paid-quake").body();
      assertThat(page).as(role.name()).contains("<h1>Chala rescuers race against aftershocks</h1>").contains("Members Gazette")
          .contains(Paywall.SIGN_UP).contains("href=\"/signup\"").contains("Already a member? <a href=\"/signin\">Sign in</a>")
          .contains(">Members<").doesNotContain("Several fishing boats");
      JsonNode a = json(role, "/api/articles/paid-quake");
      assertThat(a.at("/article/title").asText()).isEqualTo("Chala rescuers race against aftershocks");
      assertThat(a.at("/article/paragraphs")).isEmpty();
      assertThat(a.at("/article/captions")).isEmpty();
      assertThat(a.get("withheld").asBoolean()).isTrue();
      // a free article is read in full by anyone
      assertThat(get(role, "/articles/quake-2").body()).contains("The death toll").doesNotContain(Paywall.SIGN_UP);
    }
  }

  @Test
  void theStoryShowsEveryHeadlineAndTheBriefAndLabelsTheMembersOnlyCoverage() throws Exception {
    String story = storyOf("paid-quake");
    JsonNode s = json(Role.ANONYMOUS, "/api/stories/" + story);
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    s.get("coverage").forEach(c -> byId.put(c.get("id").asText(), c));
    assertThat(byId.get("paid-quake").get("title").asText()).isEqualTo("Chala rescuers race against aftershocks");
    assertThat(byId.get("paid-quake").get("membersOnly").asBoolean()).isTrue();
    assertThat(byId.get("paid-quake").get("lead").asText()).isEmpty();
    assertThat(s.get("brief").get("summary")).isNotEmpty();
    // the brief cites the members-only outlet like any other where another article backs the statement, and
    // leaves out what only members-only articles say (the secret is one such fact)
    assertThat(s.at("/brief/facts").findValues("sources")).anySatisfy(src -> assertThat(src.toString()).contains("paid-quake").contains("quake-2"));
    assertThat(s.at("/brief/facts").findValues("sources")).allSatisfy(src -> assertThat(src.toString()).containsAnyOf("quake-1", "quake-2"));
    assertThat(json(Role.MEMBER, "/api/stories/" + story).at("/brief/facts").toString()).contains(SECRET_REST).contains(SOURCE_REST);
    assertThat(s.at("/story/summary").asText()).doesNotContain("Rescue teams in Chala worked through the night");
    String page = get(Role.ANONYMOUS, "/stories/" + story).body();
    assertThat(page).contains("Chala rescuers race against aftershocks").contains(">Members<");
    JsonNode forMember = json(Role.MEMBER, "/api/stories/" + story);
    forMember.get("coverage").forEach(c -> {
      if (c.get("id").asText().equals("paid-quake")) assertThat(c.get("lead").asText()).startsWith("Rescue teams in Chala");
    });
  }

  @Test
  void pagesThatDifferByViewerAreNotCachedPublicly() throws Exception {
    for (String path : List.of("/", "/articles/paid-quake", "/api/articles/paid-quake", "/api/search?q=quake", "/feeds/top.atom")) {
      HttpResponse<String> r = get(Role.ANONYMOUS, path);
      assertThat(r.headers().firstValue("Cache-Control").orElse("")).as(path).contains("private");
      assertThat(r.headers().firstValue("Vary").orElse("")).as(path).contains("Cookie");
    }
  }

  // --- the admin's page and API -----------------------------------------------------------------------

  @Test
  void onlyAnAdminSeesOrChangesTheMarks() throws Exception {
    assertThat(get(Role.ANONYMOUS, "/api/admin/members-only").statusCode()).isEqualTo(401);
    assertThat(get(Role.READER, "/api/admin/members-only").statusCode()).isEqualTo(403);
    assertThat(get(Role.MEMBER, "/admin/members-only").statusCode()).isEqualTo(403);
    String body = "{\"outlet\": \"Lima Post\", \"membersOnly\": true}";
    for (Role role : List.of(Role.ANONYMOUS, Role.READER, Role.MEMBER))
      assertThat(send(role, "POST", "/api/admin/members-only", body, "application/json").statusCode()).as(role.name()).isIn(401, 403);
    assertThat(get(Role.ANONYMOUS, "/articles/quake-2").body()).contains("The death toll");

    JsonNode marks = json(Role.ADMIN, "/api/admin/members-only");
    assertThat(marks.get("outlets").toString()).contains("\"id\":\"members-gazette\",\"name\":\"Members Gazette\",\"membersOnly\":true");
    assertThat(marks.get("sources").get(0).get("membersOnly").asBoolean()).isTrue();
    assertThat(get(Role.ADMIN, "/admin/members-only").body()).contains("Members Gazette").contains("Open to everyone").contains("Make members-only");
  }

  @Test
  void anAdminMarksAnOutletAndItsArticlesAreWithheldAtOnce() throws Exception {
    HttpResponse<String> r = send(Role.ADMIN, "POST", "/api/admin/members-only", "{\"outlet\": \"Lima Post\", \"membersOnly\": true}", "application/json");
    try {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(JSON.readTree(r.body()).get("changed").asBoolean()).isTrue();
      assertThat(get(Role.ANONYMOUS, "/articles/quake-2").body()).contains(Paywall.SIGN_UP).doesNotContain("The death toll");
      assertThat(get(Role.ANONYMOUS, "/").body()).doesNotContain("The death toll from the magnitude");
      assertThat(get(Role.MEMBER, "/articles/quake-2").body()).contains("The death toll");
    } finally {
      HttpResponse<String> off = send(Role.ADMIN, "POST", "/admin/members-only", "outlet=lima-post&membersOnly=false", "application/x-www-form-urlencoded");
      assertThat(off.statusCode()).isIn(303, 200); // the form answers with a redirect to the page
    }
    assertThat(get(Role.ANONYMOUS, "/articles/quake-2").body()).contains("The death toll");
    assertThat(send(Role.ADMIN, "POST", "/api/admin/members-only", "{\"outlet\": \"No Such Outlet\", \"membersOnly\": true}", "application/json").statusCode()).isEqualTo(404);
    assertThat(send(Role.ADMIN, "POST", "/api/admin/members-only", "{\"source\": 999, \"membersOnly\": true}", "application/json").statusCode()).isEqualTo(404);
    assertThat(send(Role.ADMIN, "POST", "/api/admin/members-only", "{\"outlet\": \"lima-post\"}", "application/json").statusCode()).isEqualTo(400);
    assertThat(send(Role.ADMIN, "POST", "/api/admin/members-only", "{\"outlet\": \"lima-post\", \"source\": 1, \"membersOnly\": true}", "application/json").statusCode()).isEqualTo(400);
    assertThat(send(Role.ADMIN, "POST", "/api/admin/members-only", "not json", "application/json").statusCode()).isEqualTo(400);
  }

  private static String storyOf(String articleId) throws Exception {
    return parallax.store().storyOf(articleId).map(Story::id).orElseThrow();
  }

  private static String line(String id, String title, String outlet, String published, String... paragraphs) throws Exception {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", id);
    if (title != null) m.put("title", title);
    m.put("outlet", outlet);
    m.put("url", "https://example.com/" + id);
    m.put("published", published);
    m.put("text", String.join("\n\n", paragraphs));
    return JSON.writeValueAsString(m);
  }

  static Instant unused() {
    return Instant.EPOCH;
  }
}

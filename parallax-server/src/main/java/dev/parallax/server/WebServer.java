package dev.parallax.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.JdbcUserStore;
import dev.parallax.app.Parallax;
import dev.parallax.domain.Article;
import dev.parallax.feed.PollingStatus;
import dev.parallax.members.JdbcMembersOnlyStore;
import dev.parallax.members.MembersOnlyStore;
import dev.parallax.server.Newsroom.StoryCard;
import dev.parallax.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.servlet.FilterHolder;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app over an open installation: pages, Atom feeds and the JSON API, with errors mapped in one
 * place (JSON under {@code /api}, a page elsewhere). Start it, read {@link #port()}, close it.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final int PAGE = 30;
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final ServerOptions options;
  private final ArticleSearch search;
  private final Newsroom newsroom;
  private final Finder finder;
  private final Javalin app;
  private final String openApi;
  private final EntityDesk entities;
  private final Health health;
  private final Operations operations;
  private final Accounts accounts;
  private final AccountViewers viewers;
  private final Mailer mailer;
  private final MembersOnlyStore marks;
  private final Paywall paywall;

  public WebServer(Parallax parallax, ServerOptions options, InstantSource clock) throws StoreException {
    this(parallax, options, clock, () -> PollingStatus.NOT_STARTED);
  }

  /** @param polling how background polling goes, shown to admins at {@code /api/health} */
  public WebServer(Parallax parallax, ServerOptions options, InstantSource clock, Supplier<PollingStatus> polling) throws StoreException {
    this(parallax, options, clock, polling, new LogMailer());
  }

  /** @param mailer sends password reset links ({@link Mailer#fromEnvironment}) */
  public WebServer(Parallax parallax, ServerOptions options, InstantSource clock, Supplier<PollingStatus> polling, Mailer mailer) throws StoreException {
    this.options = options;
    this.mailer = mailer;
    this.accounts = new Accounts(JdbcUserStore.open(parallax.config()), clock);
    this.viewers = new AccountViewers(accounts, options.adminToken());
    this.marks = JdbcMembersOnlyStore.open(parallax.config(), clock);
    this.paywall = new Paywall(marks, clock);
    this.health = new Health(polling, parallax.digests());
    this.search = new ArticleSearch(parallax.config().dataDir().resolve("index"));
    this.newsroom = new Newsroom(parallax, search, clock, Ranking.STANDARD, marks);
    this.entities = new EntityDesk(parallax, newsroom);
    this.finder = new Finder(search, newsroom, entities, paywall);
    this.openApi = resource("/dev/parallax/server/openapi.json");
    this.operations = new Operations(parallax, options.adminToken(), System.getenv());
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    this.app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              operations.configure(cfg); // the access log and request timing
              cfg.useVirtualThreads = true;
              cfg.http.maxRequestSize = MAX_BODY_BYTES;
              // the limit above checks only a declared length: this one counts what is read (chunked too)
              cfg.jetty.modifyServletContextHandler(
                  h -> h.addFilter(
                      new FilterHolder(new BodyLimit(MAX_BODY_BYTES)), "/*", EnumSet.of(DispatcherType.REQUEST)));
              cfg.jsonMapper(new JavalinJackson(mapper, true));
              cfg.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/dev/parallax/server/static";
                    s.location = Location.CLASSPATH;
                    s.headers = Map.of("Cache-Control", "max-age=300");
                  });
            });
    routes(clock);
  }

  /** Starts listening; returns the bound port. */
  public int start() {
    app.start(options.host(), options.port());
    return app.port();
  }

  public int port() {
    return app.port();
  }

  /** The meters scraped at {@code /metrics}, where the caller adds its own (see {@link Operations}). */
  public MeterRegistry meters() {
    return operations.meters();
  }

  @Override
  public void close() throws IOException {
    app.stop();
    operations.close();
    newsroom.close();
    search.close();
    try {
      accounts.close();
      marks.close();
    } catch (StoreException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Every registered route that changes state, as "METHOD path" (the CSRF test covers each). */
  List<String> stateChangingRoutes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .filter(e -> e.getEndpoint().getMethod().isHttpMethod() && !List.of("GET", "HEAD", "OPTIONS").contains(e.getEndpoint().getMethod().name()))
        .map(e -> e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath()).toList();
  }

  /** Who sent a request: its account's role and membership, or anonymous. */
  public Viewers viewers() {
    return viewers;
  }

  private void routes(InstantSource clock) {
    operations.routes(app); // /metrics, /api/ready
    app.before(
        ctx -> {
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header(
              "Content-Security-Policy",
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'");
          Paywall.remember(ctx, viewers);
          // what a page holds depends on who asks (members read more): no shared cache may keep it
          if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "private, no-cache");
            ctx.header("Vary", "Cookie, Authorization");
          }
        });
    Cookies cookies = new Cookies(options.baseUrl() != null && options.baseUrl().startsWith("https:"));
    Csrf csrf = new Csrf(cookies, viewers, AccountRoutes.ANONYMOUS_FORMS);
    app.before(csrf::check);
    new AccountRoutes(accounts, viewers, csrf, cookies, mailer, new SignInThrottle(clock, 5, 20, Duration.ofMinutes(15)),
        new SignInThrottle(clock, 5, 20, Duration.ofMinutes(15)), new SignInThrottle(clock, 30, 30, Duration.ofMinutes(15)), this::base).register(app);
    new AdminRoutes(accounts, viewers, csrf, this::base).register(app);

    // pages
    app.get(
        "/",
        ctx -> {
          int offset = intParam(ctx, "offset", 0, 0, 100_000);
          ctx.html(Pages.layout("Top stories", "/", Pages.home(newsroom.top(offset, PAGE), newsroom.picks(), offset, newsroom.storyCount()), "/feeds/top.atom"));
        });
    app.get(
        "/stories/{id}",
        ctx -> {
          Newsroom.StoryPage page = newsroom.story(ctx.pathParam("id")).orElseThrow(() -> notFound("story", ctx.pathParam("id")));
          Optional<List<StoryCard>> related = newsroom.knownRelated(page.card().id());
          boolean admin = viewers.of(ctx).admin() && viewers.how(ctx) == AccountViewers.How.SESSION;
          Paywall.Gate gate = paywall.gate(ctx, page.coverage().stream().map(Article::id).toList());
          ctx.html(Pages.layout(page.card().title(), "", Pages.story(page, related, admin || options.adminToken() != null, admin ? csrf.token(ctx) : null, gate), "/feeds/top.atom"));
        });
    app.get(
        "/stories/{id}/related",
        ctx -> {
          String id = ctx.pathParam("id");
          if (!newsroom.storyExists(id)) throw notFound("story", id);
          List<StoryCard> related = newsroom.related(id);
          // the story page asks for the list alone; a reader without JavaScript gets a page
          if ("list".equals(ctx.queryParam("part"))) ctx.html(Pages.related(related));
          else ctx.html(Pages.layout("Related stories", "", Pages.relatedPage(newsroom.listedCard(id), related), null));
        });
    app.get(
        "/articles/{id}",
        ctx -> {
          Newsroom.ArticlePage page = newsroom.article(ctx.pathParam("id")).orElseThrow(() -> notFound("article", ctx.pathParam("id")));
          Paywall.Gate gate = paywall.gate(ctx, List.of(page.article().id()));
          String title = Newsroom.titleOf(gate.shown(page.article()));
          ctx.html(Pages.layout(title, "", Pages.article(page, gate), null));
        });
    app.get("/outlets", ctx -> ctx.html(Pages.layout("Outlets", "/outlets", Pages.outlets(newsroom.outlets()), null)));
    app.get(
        "/outlets/{id}",
        ctx -> {
          Newsroom.OutletPage page = newsroom.outlet(ctx.pathParam("id"), 200).orElseThrow(() -> notFound("outlet", ctx.pathParam("id")));
          ctx.html(Pages.layout(page.outlet().name(), "/outlets", Pages.outlet(page), null));
        });
    app.get("/entities", ctx -> ctx.html(Pages.layout("People, organisations and places", "/entities", Pages.entities(entities.top(300)), null)));
    app.get(
        "/entities/{key}",
        ctx -> {
          EntityDesk.EntityPage page = entityPage(ctx);
          ctx.html(Pages.layout(page.name(), "/entities", Pages.entity(page), null));
        });
    app.get(
        "/search",
        ctx -> {
          Finder.Params p = params(ctx, 20);
          String results;
          String feed = null;
          if (Finder.present(p.q())) {
            try {
              Api.SearchResponse r = finder.find(p, Paywall.viewer(ctx));
              results = Pages.results(r);
              feed = r.feed();
            } catch (BadRequestResponse | ServiceUnavailableResponse e) { // a query refused, or stopped at the time limit
              results = "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>";
            }
          } else results = Pages.results(null);
          String title = Finder.present(p.q()) ? "Search: " + p.q() : "Search";
          ctx.html(Pages.layout(title, "/search", Pages.search(p.q(), p.outlet(), p.from(), p.to(), p.entity(), newsroom.outlets(), results), feed));
        });

    // feeds
    app.get("/feeds/top.atom", this::topFeed);
    app.get("/feeds/search.atom", this::searchFeed);

    // API
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.get(
        "/api/stories",
        ctx -> {
          int offset = intParam(ctx, "offset", 0, 0, 100_000);
          int limit = intParam(ctx, "limit", PAGE, 1, 100);
          ctx.json(new Api.Page<>(offset, newsroom.storyCount(), newsroom.top(offset, limit)));
        });
    app.get(
        "/api/stories/{id}",
        ctx -> {
          Newsroom.StoryPage page = newsroom.story(ctx.pathParam("id")).orElseThrow(() -> notFound("story", ctx.pathParam("id")));
          Paywall.Gate gate = paywall.gate(ctx, page.coverage().stream().map(Article::id).toList());
          List<Api.CoverageItem> coverage = page.coverage().stream().map(a -> Api.CoverageItem.of(a, gate)).toList();
          ctx.json(new Api.StoryResponse(page.card(), gate.brief(page.brief(), page.coverage()), coverage, newsroom.related(page.card().id())));
        });
    app.get(
        "/api/stories/{id}/related",
        ctx -> {
          if (!newsroom.storyExists(ctx.pathParam("id"))) throw notFound("story", ctx.pathParam("id"));
          ctx.json(newsroom.related(ctx.pathParam("id")));
        });
    app.get(
        "/api/articles/{id}",
        ctx -> {
          Newsroom.ArticlePage page = newsroom.article(ctx.pathParam("id")).orElseThrow(() -> notFound("article", ctx.pathParam("id")));
          ctx.json(Api.ArticleResponse.of(page.article(), page.story(), paywall.gate(ctx, List.of(page.article().id()))));
        });
    app.get("/api/outlets", ctx -> ctx.json(newsroom.outlets()));
    app.get(
        "/api/outlets/{id}",
        ctx -> ctx.json(newsroom.outlet(ctx.pathParam("id"), intParam(ctx, "limit", 100, 1, 1000)).orElseThrow(() -> notFound("outlet", ctx.pathParam("id")))));
    app.get(
        "/api/search",
        ctx -> {
          Finder.Params p = params(ctx, 10);
          if (!Finder.present(p.q())) throw new BadRequestResponse("parameter q (the query) is required");
          ctx.json(finder.find(p, Paywall.viewer(ctx)));
        });
    app.get("/api/entities", ctx -> ctx.json(entities.top(intParam(ctx, "limit", 100, 1, 1000))));
    app.get(
        "/api/entities/{key}",
        ctx -> ctx.json(entityPage(ctx)));
    app.get("/api/health", ctx -> ctx.json(viewers.of(ctx).admin() ? health.details() : health.summary()));
    app.get("/api/picks", ctx -> ctx.json(newsroom.picks()));
    app.put(
        "/api/picks/{id}",
        ctx -> {
          requireAdmin(ctx);
          String id = ctx.pathParam("id");
          if (!newsroom.storyExists(id)) throw notFound("story", id);
          String note = PickRequest.note(ctx.body());
          newsroom.pick(id, note);
          ctx.json(new Api.Pick(id, note));
        });
    app.delete(
        "/api/picks/{id}",
        ctx -> {
          requireAdmin(ctx);
          if (!newsroom.unpick(ctx.pathParam("id"))) throw notFound("pick", ctx.pathParam("id"));
          ctx.status(204);
        });

    new MembersAdmin(marks, newsroom, csrf::token).routes(app);

    // errors, in one place
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(
        JacksonException.class, (e, ctx) -> error(ctx, 400, "the body is not the JSON expected: " + jsonProblem(e)));
    app.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.error("store failure on {}", ctx.path(), e);
          error(ctx, 503, "the store is not available: " + e.getMessage());
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("failure on {}", ctx.path(), e);
          error(ctx, 500, "internal error");
        });
    app.error(404, ctx -> {
      if (ctx.resultInputStream() == null) error(ctx, 404, "no such page: " + ctx.path());
    });
  }

  private void topFeed(Context ctx) throws StoreException {
    String base = base();
    List<AtomFeed.Entry> entries = new ArrayList<>();
    Instant updated = Instant.EPOCH;
    for (StoryCard c : newsroom.top(0, PAGE)) {
      if (c.last() != null && c.last().isAfter(updated)) updated = c.last();
      entries.add(new AtomFeed.Entry(base + "/stories/" + Html.enc(c.id()), c.title(), base + "/stories/" + Html.enc(c.id()), c.last(), c.summary(), c.outlets()));
    }
    ctx.contentType("application/atom+xml; charset=utf-8")
        .result(AtomFeed.render("Parallax: top stories", base + "/feeds/top.atom", base + "/", updated, entries));
  }

  private void searchFeed(Context ctx) throws StoreException, IOException {
    Finder.Params p = params(ctx, 30);
    if (!Finder.present(p.q())) throw new BadRequestResponse("parameter q (the query) is required");
    Api.SearchResponse r = finder.find(p, Paywall.viewer(ctx));
    String base = base();
    List<AtomFeed.Entry> entries = new ArrayList<>();
    Instant updated = Instant.EPOCH;
    for (Api.SearchHit h : r.hits()) {
      if (h.published() != null && h.published().isAfter(updated)) updated = h.published();
      String link = base + "/articles/" + Html.enc(h.id());
      String plain = Parser.unescapeEntities(h.snippet().replaceAll("</?mark>", ""), false);
      entries.add(new AtomFeed.Entry(link, h.title() == null ? "(untitled)" : h.title(), link, h.published(), plain, h.outlet() == null ? List.of() : List.of(h.outlet())));
    }
    ctx.contentType("application/atom+xml; charset=utf-8")
        .result(AtomFeed.render("Parallax: search for " + p.q(), base + r.feed(), base + r.feed().replace("/feeds/search.atom", "/search"), updated, entries));
  }

  /** The entity the path names, its quotes as the request's viewer may see them. */
  private EntityDesk.EntityPage entityPage(Context ctx) throws StoreException {
    EntityDesk.EntityPage page = entities.entity(ctx.pathParam("key")).orElseThrow(() -> notFound("entity", ctx.pathParam("key")));
    List<String> sources = page.quotes().stream().flatMap(q -> q.sources().stream()).distinct().toList();
    return paywall.gate(ctx, sources).entity(page);
  }

  /**
   * Editing picks: an admin signed in (the CSRF check has run), an admin's script token, or the deprecated
   * PARALLAX_ADMIN_TOKEN.
   */
  private void requireAdmin(Context ctx) {
    Viewer v = viewers.of(ctx);
    if (v.admin()) return;
    if (v.signedIn()) throw new ForbiddenResponse("only an admin may edit picks");
    throw new UnauthorizedResponse("sign in as an admin, or send an admin's token (Authorization: Bearer TOKEN)");
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/feeds/")) ctx.json(new Api.Error(status, message));
    else ctx.html(Pages.layout(status == 404 ? "Not found" : "Error", "", Pages.error(status, message), null));
  }

  /** What was wrong with a JSON body, where, without echoing the body itself. */
  private static String jsonProblem(Exception e) {
    if (e instanceof JacksonException j) {
      String what = j.getOriginalMessage() == null ? "" : j.getOriginalMessage().lines().findFirst().orElse("");
      if (what.isBlank()) what = "malformed JSON";
      if (j.getLocation() == null) return what;
      return what + " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
    }
    return "malformed JSON";
  }

  private static NotFoundResponse notFound(String what, String id) {
    return new NotFoundResponse("no " + what + " with id \"" + id + "\"");
  }

  private static Finder.Params params(Context ctx, int defaultLimit) {
    return new Finder.Params(
        ctx.queryParam("q"), ctx.queryParam("outlet"), ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("entity"),
        intParam(ctx, "offset", 0, 0, 900), intParam(ctx, "limit", defaultLimit, 1, 100));
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return dflt;
    try {
      int i = Integer.parseInt(v.strip());
      if (i < min || i > max) throw new BadRequestResponse(name + " must be " + min + ".." + max + ", was " + i);
      return i;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number, was \"" + v + "\"");
    }
  }

  /** The configured base URL (never the request's Host header, which anyone can set). */
  private String base() {
    return options.baseUrl(app.port());
  }

  private static String resource(String path) {
    try (InputStream in = WebServer.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + path, e);
    }
  }
}

package dev.parallax.server;

import dev.parallax.app.Parallax;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator watches, apart from the reader's pages: the access log (logger {@code parallax.access}: method,
 * path without its query, status, milliseconds), Micrometer meters scraped by Prometheus at {@code /metrics}
 * (JVM, request latency per route, and what {@code serve} counts: articles ingested, polls per outcome, brief
 * time), and {@code /api/ready} (also {@code /readyz}): whether the store and the search index answer.
 *
 * <p>{@code /metrics} needs a token, the admin token or {@code PARALLAX_METRICS_TOKEN} (so a scraper need not
 * hold the admin's), sent as {@code Authorization: Bearer TOKEN}; without one configured it is off (403).
 */
public final class Operations implements AutoCloseable {

  private static final Logger ACCESS = LoggerFactory.getLogger("parallax.access");
  private static final Logger LOG = LoggerFactory.getLogger(Operations.class);

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Parallax parallax;
  private final String adminToken;
  private final String metricsToken;

  Operations(Parallax parallax, String adminToken, Map<String, String> env) {
    this.parallax = parallax;
    this.adminToken = adminToken;
    String m = env.get("PARALLAX_METRICS_TOKEN");
    this.metricsToken = m == null || m.isBlank() ? null : m.strip();
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    registry.gauge("parallax.articles.pending", parallax, Operations::pending);
  }

  /** Where {@code serve} adds what it counts (polls, articles ingested, brief time). */
  public MeterRegistry meters() {
    return registry;
  }

  /** The access log and request timing, for every request (pages, API, static files, errors). */
  void configure(JavalinConfig cfg) {
    cfg.requestLogger.http(this::requestDone);
  }

  void routes(Javalin app) {
    app.get("/metrics", this::metrics);
    app.get("/api/ready", this::ready);
    app.get("/readyz", this::ready);
  }

  private void requestDone(Context ctx, Float ms) {
    int status = ctx.statusCode();
    // the path only: a query may carry what a reader searched for, or a token
    ACCESS.info("{} {} {} {} ms", ctx.method(), ctx.path(), status, Math.round(ms));
    Timer.builder("parallax.http.requests")
        .description("Requests answered, by method, route and status")
        .tag("method", ctx.method().name())
        .tag("route", route(ctx))
        .tag("status", Integer.toString(status))
        .publishPercentileHistogram(false)
        .register(registry)
        .record(Math.round(ms * 1000), TimeUnit.MICROSECONDS);
  }

  /** The route's pattern ({@code /story/{id}}), not the path: one series per route, whatever the ids. */
  private static String route(Context ctx) {
    if (ctx.path().startsWith("/static/")) return "/static";
    String matched;
    try {
      matched = ctx.endpointHandlerPath();
    } catch (RuntimeException e) {
      matched = null;
    }
    return matched == null || matched.isEmpty() || matched.equals("*") ? (ctx.statusCode() == 404 ? "unmatched" : "other") : matched;
  }

  private void metrics(Context ctx) {
    if (adminToken == null && metricsToken == null)
      throw new ForbiddenResponse("metrics are off: start the server with PARALLAX_METRICS_TOKEN (or PARALLAX_ADMIN_TOKEN) set");
    String header = ctx.header("Authorization");
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
    if (!(matches(given, metricsToken) || matches(given, adminToken)))
      throw new UnauthorizedResponse("a valid metrics or admin token is required (Authorization: Bearer TOKEN)");
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  private static boolean matches(String given, String token) {
    return given != null && token != null
        && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  /** Ready when the store and the search index answer; 503 naming the part that does not (the reason is logged). */
  private void ready(Context ctx) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", "");
    boolean ready = true;
    try {
      answer.put("articles", parallax.store().articleCount());
      answer.put("pending", parallax.store().pendingCount());
      answer.put("store", "ok");
    } catch (Exception | LinkageError e) {
      LOG.warn("not ready: the store does not answer: {}", e.toString());
      answer.put("store", "failed");
      ready = false;
    }
    try {
      answer.put("indexed", parallax.index().size());
      answer.put("index", "ok");
    } catch (Exception | LinkageError e) {
      LOG.warn("not ready: the search index does not answer: {}", e.toString());
      answer.put("index", "failed");
      ready = false;
    }
    answer.put("status", ready ? "ready" : "not ready");
    ctx.status(ready ? 200 : 503);
    if (ctx.method() != HandlerType.HEAD) ctx.json(answer);
  }

  private static double pending(Parallax parallax) {
    try {
      return parallax.store().pendingCount();
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}

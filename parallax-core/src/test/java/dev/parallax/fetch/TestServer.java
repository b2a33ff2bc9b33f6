package dev.parallax.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-process HTTP server on 127.0.0.1, port 0, with small routes; no test touches the network. */
public final class TestServer implements AutoCloseable {

  /** One route's behaviour. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, HttpExchange> last = new ConcurrentHashMap<>();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();

  public TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          last.put(path, ex);
          Route r = routes.get(path);
          try {
            if (r == null) send(ex, 404, "text/plain", "no route " + path);
            else r.handle(ex);
          } catch (IOException e) {
            // the client went away (timeouts, cut-off bodies): expected in these tests
          } finally {
            ex.close();
          }
        });
    server.setExecutor(executor);
    server.start();
  }

  public TestServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  /** Serves a fixed body. */
  public TestServer body(String path, String contentType, String body) {
    return route(path, ex -> send(ex, 200, contentType, body));
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  public String lastHeader(String path, String header) {
    HttpExchange ex = last.get(path);
    return ex == null ? null : ex.getRequestHeaders().getFirst(header);
  }

  public static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    send(ex, status, contentType, bytes);
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] bytes) throws IOException {
    if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
    if (status == 304 || status == 204) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

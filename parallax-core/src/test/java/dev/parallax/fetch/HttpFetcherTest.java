package dev.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-02-18T12:00:00Z"));
  private TestServer server;
  private HttpFetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
    fetcher = new HttpFetcher(FetchPolicy.DEFAULT.withAllowPrivateHosts(true).withTimeout(Duration.ofSeconds(2)), CLOCK);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void refusesLoopbackUnlessPrivateHostsAreAllowed() {
    server.body("/feed", "application/rss+xml", "<rss/>");
    try (HttpFetcher strict = new HttpFetcher(FetchPolicy.DEFAULT, CLOCK)) {
      assertThatThrownBy(() -> strict.fetch(server.uri("/feed")))
          .isInstanceOf(FetchException.Refused.class)
          .hasMessageContaining("private address 127.0.0.1");
    }
    assertThat(server.hits("/feed")).isZero();
  }

  @Test
  void checksEveryRedirectHopAgainstThePrivateAddressRule() throws Exception {
    int port = server.uri("/").getPort();
    server.body("/feed", "text/plain", "ok");
    server.route("/to-metadata", ex -> {
      ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
      TestServer.send(ex, 302, null, "");
    });
    server.route("/to-localhost", ex -> {
      ex.getResponseHeaders().set("Location", "http://localhost:" + port + "/feed");
      TestServer.send(ex, 301, null, "");
    });
    try (HttpFetcher narrow =
        new HttpFetcher(FetchPolicy.DEFAULT.withPrivateHostsAllowed(java.util.Set.of("127.0.0.1")), CLOCK)) {
      assertThat(narrow.fetch(server.uri("/feed")).status()).isEqualTo(200);
      assertThatThrownBy(() -> narrow.fetch(server.uri("/to-metadata")))
          .isInstanceOf(FetchException.Refused.class)
          .hasMessageContaining("private address 169.254.169.254");
      assertThatThrownBy(() -> narrow.fetch(server.uri("/to-localhost")))
          .isInstanceOf(FetchException.Refused.class)
          .hasMessageContaining("host localhost resolves to the private address");
    }
    assertThat(server.hits("/feed")).isEqualTo(1);
  }

  @Test
  void classifiesPrivateAndPublicAddresses() throws Exception {
    for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1"))
      assertThat(AddressGuard.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
    for (String a : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111"))
      assertThat(AddressGuard.isPrivate(InetAddress.getByName(a))).as(a).isFalse();
  }

  @Test
  void refusesSchemesOtherThanHttp() {
    assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
        .isInstanceOf(FetchException.Refused.class)
        .hasMessageContaining("only http and https");
  }

  @Test
  void sendsARealUserAgentAndReturnsValidators() throws Exception {
    server.route("/feed", ex -> {
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      ex.getResponseHeaders().set("Last-Modified", "Tue, 18 Feb 2025 10:00:00 GMT");
      TestServer.send(ex, 200, "application/rss+xml", "<rss/>");
    });
    Fetched f = fetcher.fetch(server.uri("/feed"));
    assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(f.validators()).isEqualTo(new Validators("\"v1\"", "Tue, 18 Feb 2025 10:00:00 GMT"));
    assertThat(server.lastHeader("/feed", "User-Agent")).startsWith("Parallax/").contains("+https://");
  }

  @Test
  void conditionalGetEndsInNotModifiedCarryingTheValidators() throws Exception {
    server.route("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        TestServer.send(ex, 304, null, "");
      } else TestServer.send(ex, 200, "application/rss+xml", "<rss/>");
    });
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/feed"), new Validators("\"v1\"", null)))
        .isInstanceOfSatisfying(
            FetchException.NotModified.class, e -> assertThat(e.validators().etag()).isEqualTo("\"v1\""));
    assertThat(server.lastHeader("/feed", "If-None-Match")).isEqualTo("\"v1\"");
  }

  @Test
  void tooManyRequestsCarriesRetryAfterInSecondsOrAsDate() {
    server.route("/a", ex -> {
      ex.getResponseHeaders().set("Retry-After", "120");
      TestServer.send(ex, 429, "text/plain", "slow down");
    });
    server.route("/b", ex -> {
      ex.getResponseHeaders().set("Retry-After", "Tue, 18 Feb 2025 13:00:00 GMT");
      TestServer.send(ex, 503, "text/plain", "maintenance");
    });
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/a")))
        .isInstanceOfSatisfying(
            FetchException.TooManyRequests.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/b")))
        .isInstanceOfSatisfying(
            FetchException.TooManyRequests.class, e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
  }

  @Test
  void followsRedirectsWithinTheLimitAndReportsWhereTheBodyCameFrom() throws Exception {
    server.route("/old", ex -> {
      ex.getResponseHeaders().set("Location", "/mid");
      TestServer.send(ex, 301, null, "");
    });
    server.route("/mid", ex -> {
      ex.getResponseHeaders().set("Location", server.uri("/new").toString());
      TestServer.send(ex, 302, null, "");
    });
    server.body("/new", "text/plain", "here");
    Fetched f = fetcher.fetch(server.uri("/old"));
    assertThat(f.uri()).isEqualTo(server.uri("/new"));
    assertThat(f.requested()).isEqualTo(server.uri("/old"));
    assertThat(f.movedPermanently()).as("one hop was a temporary 302").isFalse();
  }

  @Test
  void refusesARedirectLoop() {
    server.route("/loop-a", ex -> {
      ex.getResponseHeaders().set("Location", "/loop-b");
      TestServer.send(ex, 302, null, "");
    });
    server.route("/loop-b", ex -> {
      ex.getResponseHeaders().set("Location", "/loop-a");
      TestServer.send(ex, 302, null, "");
    });
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/loop-a")))
        .isInstanceOf(FetchException.Refused.class)
        .hasMessageContaining("redirect loop");
  }

  @Test
  void refusesMoreRedirectsThanTheLimit() {
    AtomicInteger n = new AtomicInteger();
    server.route("/chain", ex -> {
      ex.getResponseHeaders().set("Location", "/chain?n=" + n.incrementAndGet());
      TestServer.send(ex, 302, null, "");
    });
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/chain")))
        .isInstanceOf(FetchException.Refused.class)
        .hasMessageContaining("more than 5 redirects");
    assertThat(server.hits("/chain")).isEqualTo(6);
  }

  @Test
  void aSlowServerTimesOutWithinTheLimit() {
    server.route("/slow", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/plain");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < 100; i++) {
        out.write("x".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
      out.close();
    });
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/slow"))).isInstanceOf(FetchException.class).hasMessageContaining("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void aHugeBodyIsCutOffAtTheLimit() {
    server.route("/huge", ex -> {
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, 0); // chunked, no length to refuse up front
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 400; i++) out.write(chunk); // 25 MB
      }
    });
    try (HttpFetcher small =
        new HttpFetcher(FetchPolicy.DEFAULT.withAllowPrivateHosts(true).withMaxBodyBytes(1 << 20, 4 << 20), CLOCK)) {
      assertThatThrownBy(() -> small.fetch(server.uri("/huge")))
          .isInstanceOf(FetchException.Refused.class)
          .hasMessageContaining("larger than 1048576 bytes");
    }
  }

  @Test
  void decompressesGzipButRefusesABomb() throws Exception {
    server.route("/gz", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      TestServer.send(ex, 200, "text/plain", gzip("hello".getBytes(StandardCharsets.UTF_8)));
    });
    server.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      TestServer.send(ex, 200, "text/plain", gzip(new byte[50 << 20]));
    });
    assertThat(new String(fetcher.fetch(server.uri("/gz")).body(), StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/bomb")))
        .isInstanceOf(FetchException.Refused.class)
        .hasMessageContaining("decompresses to more than");
  }

  @Test
  void limitsRequestsInFlightToOneHost() throws Exception {
    AtomicInteger now = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    server.route("/busy", ex -> {
      max.accumulateAndGet(now.incrementAndGet(), Math::max);
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      now.decrementAndGet();
      TestServer.send(ex, 200, "text/plain", "ok");
    });
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Callable<Fetched>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) calls.add(() -> fetcher.fetch(server.uri("/busy")));
    for (Future<Fetched> f : pool.invokeAll(calls)) assertThat(f.get().status()).isEqualTo(200);
    pool.shutdown();
    assertThat(max.get()).isEqualTo(FetchPolicy.DEFAULT.perHostConcurrency());
  }

  @Test
  void otherStatusesAreHttpErrorsNamingTheStatus() {
    server.route("/gone", ex -> TestServer.send(ex, 410, "text/plain", "gone"));
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/gone")))
        .isInstanceOfSatisfying(FetchException.HttpStatus.class, e -> {
          assertThat(e.status()).isEqualTo(410);
          assertThat(e.transientFailure()).isFalse();
        });
  }

  private static byte[] gzip(byte[] data) throws java.io.IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }
}

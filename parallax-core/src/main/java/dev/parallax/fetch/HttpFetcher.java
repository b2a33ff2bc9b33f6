package dev.parallax.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * {@link Fetcher} over {@link HttpClient}. Redirects are followed here, not by the client, so every hop is
 * checked against the {@link AddressGuard}, counted and searched for loops. The whole fetch, body included,
 * must finish within the policy's timeout; bodies over the limit are cut off as they arrive.
 */
public final class HttpFetcher implements Fetcher, AutoCloseable {

  private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);
  private static final byte[] EMPTY = new byte[0];

  private final FetchPolicy policy;
  private final InstantSource clock;
  private final HttpClient client;
  private final AddressGuard guard;
  private final HostLimiter hosts;

  public HttpFetcher(FetchPolicy policy, InstantSource clock) {
    this(policy, clock, InetAddress::getAllByName);
  }

  /** {@code lookup} resolves the names the guard checks (tests give a DNS of their own). */
  HttpFetcher(FetchPolicy policy, InstantSource clock, AddressGuard.Lookup lookup) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(policy.connectTimeout())
            .build();
    this.guard = new AddressGuard(policy.allowPrivateHosts(), policy.privateHostsAllowed(), lookup);
    this.hosts = new HostLimiter(policy.perHostConcurrency());
  }

  public FetchPolicy policy() {
    return policy;
  }

  @Override
  public Fetched fetch(URI uri, Validators validators) throws FetchException {
    Objects.requireNonNull(uri, "uri");
    Validators sent = validators == null ? Validators.NONE : validators;
    long deadline = System.nanoTime() + policy.timeout().toNanos();
    Set<URI> visited = new HashSet<>();
    URI current = uri.normalize();
    boolean permanent = true;
    for (int hop = 0; ; hop++) {
      guard.check(current);
      if (!visited.add(current)) throw new FetchException.Refused(uri, "redirect loop at " + current);
      Exchange ex = exchange(current, sent, deadline);
      int status = ex.status;
      if (status >= 300 && status < 400 && status != 304) {
        if (ex.location == null) throw new FetchException.HttpStatus(current, status);
        if (hop >= policy.maxRedirects())
          throw new FetchException.Refused(uri, "more than " + policy.maxRedirects() + " redirects");
        permanent &= status == 301 || status == 308;
        try {
          current = current.resolve(ex.location.strip().replace(" ", "%20")).normalize();
        } catch (IllegalArgumentException e) {
          throw new FetchException(current, "bad redirect location '" + ex.location + "'");
        }
        continue;
      }
      Validators returned = new Validators(ex.etag, ex.lastModified);
      if (status == 304)
        throw new FetchException.NotModified(current, returned.isEmpty() ? sent : returned);
      if (status == 429 || status == 503)
        throw new FetchException.TooManyRequests(current, status, retryAfter(ex.retryAfter));
      if (status < 200 || status >= 300) throw new FetchException.HttpStatus(current, status);
      byte[] body = decode(current, ex.encoding, ex.body);
      return new Fetched(uri, current, status, ex.contentType, body, returned, hop > 0 && permanent);
    }
  }

  private record Exchange(
      int status, String location, String etag, String lastModified, String retryAfter, String contentType,
      String encoding, byte[] body) {}

  private Exchange exchange(URI uri, Validators validators, long deadline) throws FetchException {
    long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    if (remaining <= 0) throw timedOut(uri);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(Duration.ofMillis(remaining))
            .header("User-Agent", policy.userAgent())
            .header("Accept-Encoding", "gzip, deflate")
            .header(
                "Accept",
                "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
                    + " text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5");
    if (uri.getScheme().equalsIgnoreCase("http")) request.version(HttpClient.Version.HTTP_1_1);
    if (validators.etag() != null) request.header("If-None-Match", validators.etag());
    if (validators.lastModified() != null) request.header("If-Modified-Since", validators.lastModified());
    Semaphore slot = hosts.acquire(uri, remaining);
    CompletableFuture<HttpResponse<byte[]>> future = null;
    try {
      future = client.sendAsync(request.build(), this::bodyHandler);
      remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      HttpResponse<byte[]> response = future.get(Math.max(1, remaining), TimeUnit.MILLISECONDS);
      var headers = response.headers();
      return new Exchange(
          response.statusCode(),
          headers.firstValue("Location").orElse(null),
          headers.firstValue("ETag").orElse(null),
          headers.firstValue("Last-Modified").orElse(null),
          headers.firstValue("Retry-After").orElse(null),
          headers.firstValue("Content-Type").orElse(null),
          headers.firstValue("Content-Encoding").orElse(null),
          response.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut(uri);
    } catch (InterruptedException e) {
      if (future != null) future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(uri, "interrupted");
    } catch (ExecutionException | CancellationException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      while (cause.getCause() != null && !(cause instanceof BodyTooLarge)) cause = cause.getCause();
      if (cause instanceof BodyTooLarge)
        throw new FetchException.Refused(uri, "body larger than " + policy.maxBodyBytes() + " bytes");
      if (cause instanceof java.net.http.HttpTimeoutException) throw timedOut(uri);
      throw new FetchException(uri, describe(cause), cause);
    } finally {
      slot.release();
    }
  }

  private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
    int status = info.statusCode();
    if (status < 200 || status >= 300) return HttpResponse.BodySubscribers.replacing(EMPTY);
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > policy.maxBodyBytes()) return new LimitedBody(-1);
    return new LimitedBody(policy.maxBodyBytes());
  }

  private byte[] decode(URI uri, String encoding, byte[] body) throws FetchException {
    if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) return body;
    String e = encoding.strip().toLowerCase(Locale.ROOT);
    try (InputStream in =
        switch (e) {
          case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
          case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
          default -> throw new FetchException(uri, "unsupported Content-Encoding '" + encoding + "'");
        }) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxDecompressedBytes() + 1));
      if (out.length > policy.maxDecompressedBytes())
        throw new FetchException.Refused(
            uri, "body decompresses to more than " + policy.maxDecompressedBytes() + " bytes");
      return out;
    } catch (ZipException ze) {
      throw new FetchException(uri, "body is not valid " + e + ": " + ze.getMessage());
    } catch (IOException io) {
      throw new FetchException(uri, "cannot decode " + e + " body: " + io.getMessage());
    }
  }

  /** Seconds or an HTTP date; capped at a day; null when absent or unreadable. */
  Duration retryAfter(String header) {
    if (header == null || header.isBlank()) return null;
    String h = header.strip();
    Duration d;
    try {
      d = Duration.ofSeconds(Math.max(0, Long.parseLong(h)));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        d = Duration.between(clock.instant(), at);
        if (d.isNegative()) d = Duration.ZERO;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
    return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
  }

  private FetchException timedOut(URI uri) {
    return new FetchException(uri, "timed out after " + policy.timeout().toMillis() + " ms");
  }

  private static String describe(Throwable t) {
    String name = t.getClass().getSimpleName();
    if (t instanceof java.net.ConnectException) return "connection refused";
    if (t instanceof javax.net.ssl.SSLException) return "TLS failure: " + t.getMessage();
    return t.getMessage() == null ? name : name + ": " + t.getMessage();
  }

  @Override
  public void close() {
    client.shutdownNow();
  }

  /** Marks a body cut off at the limit. */
  private static final class BodyTooLarge extends IOException {
    BodyTooLarge() {
      super("body too large");
    }
  }

  /** Collects the body, cancelling the stream as soon as it passes the limit (-1: refuse at once). */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    LimitedBody(long max) {
      this.max = max;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (max < 0) {
        s.cancel();
        result.completeExceptionally(new BodyTooLarge());
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) return;
      for (ByteBuffer b : items) {
        if (out.size() + (long) b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new BodyTooLarge());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}

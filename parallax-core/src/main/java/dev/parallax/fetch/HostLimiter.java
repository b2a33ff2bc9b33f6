package dev.parallax.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** At most N requests in flight to one host, so a slow or big site is never hammered. */
final class HostLimiter {

  private final int perHost;
  private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

  HostLimiter(int perHost) {
    this.perHost = perHost;
  }

  /** Takes a slot for the URI's host, waiting at most {@code millis}. */
  Semaphore acquire(URI uri, long millis) throws FetchException {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    Semaphore s = permits.computeIfAbsent(host + ":" + uri.getPort(), h -> new Semaphore(perHost, true));
    try {
      if (!s.tryAcquire(Math.max(0, millis), TimeUnit.MILLISECONDS))
        throw new FetchException(uri, "timed out waiting for a free connection to " + host);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri, "interrupted");
    }
    return s;
  }

  /** How many requests are in flight to the URI's host now (for tests and status). */
  int inFlight(URI uri) {
    Semaphore s = permits.get(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort());
    return s == null ? 0 : perHost - s.availablePermits();
  }
}

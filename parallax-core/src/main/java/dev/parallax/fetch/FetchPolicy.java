package dev.parallax.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Limits and manners of every fetch.
 *
 * @param userAgent sent with every request, naming the software and where to learn about it
 * @param maxBodyBytes bytes accepted on the wire
 * @param maxDecompressedBytes bytes accepted after gzip/deflate decoding
 * @param connectTimeout time to open a connection
 * @param timeout time for one whole fetch, redirects and body included
 * @param maxRedirects redirect hops followed before giving up
 * @param perHostConcurrency requests in flight to one host at a time
 * @param allowPrivateHosts whether loopback, link-local and private addresses may be fetched (admin only)
 * @param privateHostsAllowed host names (or literal addresses) that may be private even when
 *     {@code allowPrivateHosts} is off: an admin's narrow exception for one intranet feed
 */
public record FetchPolicy(
    String userAgent,
    long maxBodyBytes,
    long maxDecompressedBytes,
    Duration connectTimeout,
    Duration timeout,
    int maxRedirects,
    int perHostConcurrency,
    boolean allowPrivateHosts,
    java.util.Set<String> privateHostsAllowed) {

  public static final String USER_AGENT =
      "Parallax/0.1 (self-hosted news aggregator; +https://github.com/parallax-news/parallax)";

  public static final FetchPolicy DEFAULT =
      new FetchPolicy(USER_AGENT, 8L << 20, 32L << 20, Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 2, false, java.util.Set.of());

  public FetchPolicy {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(timeout, "timeout");
    if (userAgent.isBlank()) throw new IllegalArgumentException("userAgent must not be blank");
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be > 0: " + maxBodyBytes);
    if (maxDecompressedBytes <= 0)
      throw new IllegalArgumentException("maxDecompressedBytes must be > 0: " + maxDecompressedBytes);
    if (connectTimeout.isNegative() || connectTimeout.isZero())
      throw new IllegalArgumentException("connectTimeout must be > 0: " + connectTimeout);
    if (timeout.isNegative() || timeout.isZero())
      throw new IllegalArgumentException("timeout must be > 0: " + timeout);
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0: " + maxRedirects);
    if (perHostConcurrency <= 0)
      throw new IllegalArgumentException("perHostConcurrency must be > 0: " + perHostConcurrency);
    privateHostsAllowed =
        privateHostsAllowed == null
            ? java.util.Set.of()
            : privateHostsAllowed.stream()
                .map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * The default, with private hosts allowed when PARALLAX_ALLOW_PRIVATE_HOSTS is "true" or "1", and the
   * hosts listed (comma-separated) in PARALLAX_PRIVATE_HOSTS_ALLOWED let through one by one.
   */
  public static FetchPolicy fromEnvironment(Map<String, String> env) {
    String flag = env.getOrDefault("PARALLAX_ALLOW_PRIVATE_HOSTS", "");
    String hosts = env.getOrDefault("PARALLAX_PRIVATE_HOSTS_ALLOWED", "");
    java.util.Set<String> allowed = new java.util.HashSet<>();
    for (String h : hosts.split(",")) if (!h.isBlank()) allowed.add(h);
    return DEFAULT
        .withAllowPrivateHosts(flag.equalsIgnoreCase("true") || flag.equals("1"))
        .withPrivateHostsAllowed(allowed);
  }

  public FetchPolicy withAllowPrivateHosts(boolean allow) {
    return new FetchPolicy(
        userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, timeout, maxRedirects,
        perHostConcurrency, allow, privateHostsAllowed);
  }

  public FetchPolicy withTimeout(Duration newTimeout) {
    return new FetchPolicy(
        userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, newTimeout, maxRedirects,
        perHostConcurrency, allowPrivateHosts, privateHostsAllowed);
  }

  /** Lets these hosts (names or literal addresses, as written in URLs) be private; others stay refused. */
  public FetchPolicy withPrivateHostsAllowed(java.util.Set<String> hosts) {
    return new FetchPolicy(
        userAgent, maxBodyBytes, maxDecompressedBytes, connectTimeout, timeout, maxRedirects,
        perHostConcurrency, allowPrivateHosts, hosts);
  }

  public FetchPolicy withMaxBodyBytes(long bytes, long decompressedBytes) {
    return new FetchPolicy(
        userAgent, bytes, decompressedBytes, connectTimeout, timeout, maxRedirects, perHostConcurrency,
        allowPrivateHosts, privateHostsAllowed);
  }
}

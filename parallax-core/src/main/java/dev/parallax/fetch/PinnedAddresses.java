package dev.parallax.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes the HTTP client connect to the addresses the {@link AddressGuard} checked, closing the DNS rebinding
 * window between the check and the connection (a host that answers with a public address to the check and
 * a private one to the client).
 *
 * <p>{@link java.net.http.HttpClient} resolves host names itself and takes no resolver of its own, so the
 * pin is made where it resolves: this is the JVM's system-wide resolver (installed through
 * {@code META-INF/services}, JDK 18+). It answers a pinned host with the checked addresses and every other
 * name as the built-in resolver does. TLS is untouched: the client still connects by host name, so SNI and
 * certificate hostname verification see the name, not the address. The registry is static because the
 * resolver is one per JVM by the JDK's design; a pin lasts {@link #PIN_NANOS} after its last use, longer
 * than any fetch, so a connection opened late (after a timeout) still goes where the check said.
 */
public final class PinnedAddresses extends InetAddressResolverProvider {

  /** How long a host's checked addresses stay pinned after a check: longer than a whole fetch may take. */
  static final long PIN_NANOS = TimeUnit.MINUTES.toNanos(2);

  private record Pin(List<InetAddress> addresses, long until) {}

  private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();

  /** For the service loader. */
  public PinnedAddresses() {}

  @Override
  public InetAddressResolver get(Configuration configuration) {
    return new Resolver(configuration.builtinResolver());
  }

  @Override
  public String name() {
    return "parallax-pinned-addresses";
  }

  /**
   * Pins {@code host} to {@code resolved} unless it is already pinned, and returns the addresses it is now
   * pinned to: the ones the caller must check, since they are the ones the client will connect to.
   */
  static List<InetAddress> pin(String host, List<InetAddress> resolved) {
    long now = System.nanoTime();
    if (PINS.size() > 1000) PINS.values().removeIf(p -> p.until() - now < 0);
    Pin pin =
        PINS.compute(
            key(host),
            (h, old) -> old != null && old.until() - now > 0
                ? new Pin(old.addresses(), now + PIN_NANOS)
                : new Pin(List.copyOf(resolved), now + PIN_NANOS));
    return pin.addresses();
  }

  /** The addresses a host is pinned to, or null. */
  static List<InetAddress> pinned(String host) {
    Pin pin = PINS.get(key(host));
    return pin == null || pin.until() - System.nanoTime() < 0 ? null : pin.addresses();
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }

  /** Pinned hosts from the registry, every other lookup from the resolver it wraps. */
  static final class Resolver implements InetAddressResolver {
    private final InetAddressResolver upstream;

    Resolver(InetAddressResolver upstream) {
      this.upstream = upstream;
    }

    @Override
    public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
      List<InetAddress> pinned = pinned(host);
      if (pinned == null) return upstream.lookupByName(host, policy);
      boolean v4 = (policy.characteristics() & LookupPolicy.IPV4) != 0;
      boolean v6 = (policy.characteristics() & LookupPolicy.IPV6) != 0;
      List<InetAddress> allowed =
          pinned.stream().filter(a -> (v4 && a instanceof Inet4Address) || (v6 && a instanceof Inet6Address)).toList();
      if (allowed.isEmpty()) throw new UnknownHostException(host + " (pinned to addresses of another family)");
      return allowed.stream();
    }

    @Override
    public String lookupByAddress(byte[] address) throws UnknownHostException {
      return upstream.lookupByAddress(address);
    }
  }
}

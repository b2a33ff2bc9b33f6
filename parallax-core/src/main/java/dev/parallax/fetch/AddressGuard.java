package dev.parallax.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Keeps fetches away from the machine itself and its private networks (loopback, link-local including cloud
 * metadata endpoints, RFC 1918, unique-local IPv6, carrier-grade NAT), unless an admin allowed them. The
 * addresses checked are {@linkplain PinnedAddresses pinned}, so the HTTP client connects to them and not to
 * what a second lookup of the name might give.
 */
final class AddressGuard {

  /** Looks a host name up; the JVM's resolver, or a test's. */
  @FunctionalInterface
  interface Lookup {
    InetAddress[] addresses(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final java.util.Set<String> allowedHosts;
  private final Lookup lookup;

  AddressGuard(boolean allowPrivate, java.util.Set<String> allowedHosts) {
    this(allowPrivate, allowedHosts, InetAddress::getAllByName);
  }

  AddressGuard(boolean allowPrivate, java.util.Set<String> allowedHosts, Lookup lookup) {
    this.allowPrivate = allowPrivate;
    this.allowedHosts = java.util.Set.copyOf(allowedHosts);
    this.lookup = lookup;
  }

  /** Checks the scheme and every address the host is pinned to (those it resolves to, pinned now). */
  void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https"))
      throw new FetchException.Refused(uri, "only http and https URLs are fetched, not '" + scheme + "'");
    String host = uri.getHost();
    if (host == null || host.isBlank()) throw new FetchException.Refused(uri, "URL has no host");
    if (uri.getUserInfo() != null) throw new FetchException.Refused(uri, "URLs with credentials are not fetched");
    List<InetAddress> addresses;
    try {
      addresses = PinnedAddresses.pin(host, List.of(lookup.addresses(host)));
    } catch (UnknownHostException e) {
      throw new FetchException(uri, "cannot resolve host " + host);
    }
    if (allowPrivate || allowedHosts.contains(host.toLowerCase(Locale.ROOT))) return;
    for (InetAddress a : addresses) {
      if (isPrivate(a))
        throw new FetchException.Refused(
            uri,
            "host " + host + " resolves to the private address " + a.getHostAddress()
                + " (allow private hosts to fetch it)");
    }
  }

  /**
   * Whether fetching from this address could reach the machine itself, a private network or a range that is
   * not the public internet. IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4) are judged by the
   * address they carry; forms that are deprecated or never routed publicly (IPv4-compatible, Teredo, the
   * IETF and documentation ranges) are refused outright.
   */
  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) return true;
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) return isPrivateV4(b, 0);
    if (a instanceof Inet6Address) return isPrivateV6(b);
    return true; // an address family this guard does not know
  }

  private static boolean isPrivateV4(byte[] b, int at) {
    int first = b[at] & 0xff;
    int second = b[at + 1] & 0xff;
    int third = b[at + 2] & 0xff;
    return first == 0 // "this" network
        || first == 10 || first == 127 // private, loopback (also when carried in IPv6)
        || (first == 169 && second == 254) // link-local, cloud metadata
        || (first == 172 && second >= 16 && second < 32) || (first == 192 && second == 168) // private
        || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
        || (first == 192 && second == 0 && third == 0) // IETF protocol assignments
        || (first == 192 && second == 0 && third == 2) // documentation (TEST-NET-1)
        || (first == 192 && second == 88 && third == 99) // 6to4 relay anycast
        || (first == 198 && (second == 18 || second == 19)) // benchmarking
        || (first == 198 && second == 51 && third == 100) // documentation (TEST-NET-2)
        || (first == 203 && second == 0 && third == 113) // documentation (TEST-NET-3)
        || first >= 224; // multicast, reserved and broadcast
  }

  private static boolean isPrivateV6(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) return isPrivateV4(b, 12); // ::ffff:0:0/96
    if (zero(b, 0, 12)) return true; // ::/96, IPv4-compatible (deprecated), loopback and unspecified
    if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      if (zero(b, 4, 12)) return isPrivateV4(b, 12); // 64:ff9b::/96, NAT64 of a public IPv4 address
      return true; // 64:ff9b:1::/48, NAT64 for local use
    }
    if (first == 0x01 && second == 0x00 && zero(b, 2, 8)) return true; // 100::/64, discard only
    if (first == 0x20 && second == 0x02) return isPrivateV4(b, 2); // 2002::/16, 6to4 of the IPv4 it carries
    if (first == 0x20 && second == 0x01 && (b[2] & 0xfe) == 0x00) return true; // 2001::/23, IETF (Teredo included)
    if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) return true; // 2001:db8::/32
    if (first == 0x3f && second == 0xff && (b[2] & 0xf0) == 0x00) return true; // 3fff::/20, documentation
    if (first == 0x5f && second == 0x00) return true; // 5f00::/16, segment routing
    return (first & 0xfe) == 0xfc // unique local fc00::/7
        || (first == 0xfe && (second & 0xc0) == 0xc0); // site-local fec0::/10 (deprecated)
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != 0) return false;
    return true;
  }
}

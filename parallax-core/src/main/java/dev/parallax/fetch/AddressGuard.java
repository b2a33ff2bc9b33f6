package dev.parallax.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Keeps fetches away from the machine itself and its private networks (loopback, link-local including cloud
 * metadata endpoints, RFC 1918, unique-local IPv6, carrier-grade NAT), unless an admin allowed them.
 */
final class AddressGuard {

  private final boolean allowPrivate;
  private final java.util.Set<String> allowedHosts;

  AddressGuard(boolean allowPrivate, java.util.Set<String> allowedHosts) {
    this.allowPrivate = allowPrivate;
    this.allowedHosts = java.util.Set.copyOf(allowedHosts);
  }

  /** Checks the scheme and every address the host resolves to. */
  void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https"))
      throw new FetchException.Refused(uri, "only http and https URLs are fetched, not '" + scheme + "'");
    String host = uri.getHost();
    if (host == null || host.isBlank()) throw new FetchException.Refused(uri, "URL has no host");
    if (uri.getUserInfo() != null) throw new FetchException.Refused(uri, "URLs with credentials are not fetched");
    if (allowPrivate || allowedHosts.contains(host.toLowerCase(Locale.ROOT))) return;
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(uri, "cannot resolve host " + host);
    }
    for (InetAddress a : addresses) {
      if (isPrivate(a))
        throw new FetchException.Refused(
            uri,
            "host " + host + " resolves to the private address " + a.getHostAddress()
                + " (allow private hosts to fetch it)");
    }
  }

  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) return true;
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 // "this" network
          || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240; // reserved and broadcast
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      return (first & 0xfe) == 0xfc; // unique local fc00::/7
    }
    return false;
  }
}

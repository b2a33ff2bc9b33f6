package dev.parallax.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * How the web app listens, the address readers reach it at, and who may edit picks.
 *
 * @param host interface to bind (127.0.0.1 keeps it local)
 * @param port TCP port, 0 for any free one
 * @param adminToken the token editors send to mark picks, or null to disable editing
 * @param baseUrl the absolute http(s) address readers reach the app at (behind a proxy, the proxy's), used
 *     for links in Atom feeds; null to derive it from the bind address. The request's Host header is never
 *     used: anyone can send any Host, and a cache or feed reader would keep the links it made.
 */
public record ServerOptions(String host, int port, String adminToken, String baseUrl) {

  public ServerOptions {
    if (host == null || host.isBlank()) throw new IllegalArgumentException("host must not be blank");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
    if (adminToken != null && adminToken.isBlank()) adminToken = null;
    if (adminToken != null && adminToken.length() < 12)
      throw new IllegalArgumentException("the admin token must be at least 12 characters long");
    if (baseUrl != null && baseUrl.isBlank()) baseUrl = null;
    if (baseUrl != null) baseUrl = checkedBaseUrl(baseUrl);
  }

  public ServerOptions(String host, int port, String adminToken) {
    this(host, port, adminToken, null);
  }

  /**
   * The options with the admin token from PARALLAX_ADMIN_TOKEN and the base URL from PARALLAX_BASE_URL when
   * none was given.
   */
  public static ServerOptions of(String host, int port, String adminToken, String baseUrl, Map<String, String> env) {
    return new ServerOptions(
        host, port, adminToken != null ? adminToken : env.get("PARALLAX_ADMIN_TOKEN"),
        baseUrl != null ? baseUrl : env.get("PARALLAX_BASE_URL"));
  }

  public static ServerOptions of(String host, int port, String adminToken, Map<String, String> env) {
    return of(host, port, adminToken, null, env);
  }

  /** The configured base URL, else http://host:port of the bind address ({@code boundPort} once started). */
  String baseUrl(int boundPort) {
    if (baseUrl != null) return baseUrl;
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "http://" + h + ":" + boundPort;
  }

  private static String checkedBaseUrl(String url) {
    String u = url.strip();
    while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
          && uri.getFragment() == null && uri.getUserInfo() == null)
        return u;
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "the base URL must be an absolute http(s) URL without query, like https://news.example.org, was \"" + url
            + "\"");
  }
}

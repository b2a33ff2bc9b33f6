package dev.parallax.server;

import java.util.Map;

/**
 * How the web app listens and who may edit picks.
 *
 * @param host interface to bind (127.0.0.1 keeps it local)
 * @param port TCP port, 0 for any free one
 * @param adminToken the token editors send to mark picks, or null to disable editing
 */
public record ServerOptions(String host, int port, String adminToken) {

  public ServerOptions {
    if (host == null || host.isBlank()) throw new IllegalArgumentException("host must not be blank");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
    if (adminToken != null && adminToken.isBlank()) adminToken = null;
    if (adminToken != null && adminToken.length() < 12)
      throw new IllegalArgumentException("the admin token must be at least 12 characters long");
  }

  /** The options with the admin token from PARALLAX_ADMIN_TOKEN when none was given. */
  public static ServerOptions of(String host, int port, String adminToken, Map<String, String> env) {
    return new ServerOptions(host, port, adminToken != null ? adminToken : env.get("PARALLAX_ADMIN_TOKEN"));
  }
}

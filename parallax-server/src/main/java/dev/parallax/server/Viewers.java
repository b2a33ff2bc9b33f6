package dev.parallax.server;

import io.javalin.http.Context;

/**
 * Tells who sent a request (from its session cookie or its token). The web server asks this once per
 * request; nothing else reads cookies or tokens.
 */
@FunctionalInterface
public interface Viewers {

  /** Everyone is anonymous: a server without accounts. */
  Viewers NOBODY = ctx -> Viewer.ANONYMOUS;

  Viewer of(Context ctx);
}

package dev.parallax.server;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * The two cookies the app sets, written in one place so their attributes are always the same: HttpOnly,
 * SameSite, Path=/, Secure when readers reach the app over https.
 */
final class Cookies {

  /** The session: a random 256-bit secret, known to the database only by its hash. */
  static final String SESSION = "parallax_session";

  /** Before sign-in, the secret the sign-in and sign-up forms' CSRF token is derived from. */
  static final String FORM = "parallax_form";

  private final boolean secure;

  Cookies(boolean secure) {
    this.secure = secure;
  }

  void set(Context ctx, String name, String value, Duration maxAge, String sameSite) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=" + sameSite
        + (secure ? "; Secure" : ""));
  }

  void clear(Context ctx, String name) {
    ctx.res().addHeader("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
  }

  /** The cookie's value when it looks like one of ours (base64url, bounded), else null. */
  static String read(Context ctx, String name) {
    String v = ctx.cookie(name);
    return v != null && v.length() <= 100 && v.matches("[A-Za-z0-9_-]+") ? v : null;
  }
}

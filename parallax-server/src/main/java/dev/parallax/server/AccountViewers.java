package dev.parallax.server;

import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.Secrets;
import dev.parallax.accounts.User;
import dev.parallax.store.StoreException;
import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;

/**
 * Who sent a request, from (in this order) a script token in {@code Authorization: Bearer}, the deprecated
 * admin token, or the session cookie. A request that carries a header is judged by the header alone, so a
 * cookie can never lend it authority (that is what lets {@link Csrf} exempt it). Decided once per request.
 */
final class AccountViewers implements Viewers {

  /** How the request was authorised, for routes that accept only a signed-in browser. */
  enum How {
    NONE,
    SESSION,
    TOKEN,
    ADMIN_TOKEN
  }

  private static final String VIEWER = "parallax.viewer";
  private static final String HOW = "parallax.how";
  /** The deprecated admin token acts as an admin without an account. */
  static final Viewer ADMIN_TOKEN_VIEWER = new Viewer("admin-token", null, Viewer.Role.ADMIN, null);

  private final Accounts accounts;
  private final String adminToken;

  /** @param adminToken PARALLAX_ADMIN_TOKEN, or null */
  AccountViewers(Accounts accounts, String adminToken) {
    this.accounts = accounts;
    this.adminToken = adminToken;
  }

  @Override
  public Viewer of(Context ctx) {
    Viewer cached = ctx.attribute(VIEWER);
    if (cached != null) return cached;
    How how = How.NONE;
    Viewer v = Viewer.ANONYMOUS;
    try {
      if (headerAuthorised(ctx)) {
        String given = bearer(ctx);
        Optional<User> u = given == null ? Optional.empty() : accounts.tokenUser(given);
        if (u.isPresent()) {
          v = viewer(u.get());
          how = How.TOKEN;
        } else if (adminToken != null && given != null && Secrets.same(given, adminToken)) {
          v = ADMIN_TOKEN_VIEWER;
          how = How.ADMIN_TOKEN;
        } else throw new UnauthorizedResponse("a valid token is required (Authorization: Bearer TOKEN)");
      } else {
        Optional<User> u = accounts.sessionUser(Cookies.read(ctx, Cookies.SESSION));
        if (u.isPresent()) {
          v = viewer(u.get());
          how = How.SESSION;
        }
      }
    } catch (StoreException e) {
      throw new ServiceUnavailableResponse("the store is not available: " + e.getMessage());
    }
    ctx.attribute(VIEWER, v);
    ctx.attribute(HOW, how);
    return v;
  }

  /** How this request was authorised (after {@link #of}). */
  How how(Context ctx) {
    of(ctx);
    return ctx.attribute(HOW);
  }

  /** The signed-in account behind a browser session, if that is what sent the request. */
  Optional<User> sessionUser(Context ctx) throws StoreException {
    if (how(ctx) != How.SESSION) return Optional.empty();
    return accounts.user(of(ctx).userId());
  }

  static Viewer viewer(User u) {
    Viewer.Role role = switch (u.role()) {
      case ADMIN -> Viewer.Role.ADMIN;
      case MEMBER -> Viewer.Role.MEMBER;
      case READER -> Viewer.Role.READER;
    };
    return new Viewer(u.id(), u.email(), role, u.memberUntil());
  }

  /** Whether the request carries a token header (then the cookie is not looked at). */
  static boolean headerAuthorised(Context ctx) {
    return ctx.header("Authorization") != null || ctx.header("X-Admin-Token") != null;
  }

  private static String bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null) return header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    return ctx.header("X-Admin-Token");
  }
}

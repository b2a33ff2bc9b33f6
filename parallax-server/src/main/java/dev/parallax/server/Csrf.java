package dev.parallax.server;

import dev.parallax.accounts.Secrets;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.Set;

/**
 * Cross-site request forgery: every state-changing request that a cookie could authorise carries a token
 * only our pages know. The token is derived from the session secret (or, before sign-in, from the form
 * cookie), so it needs no storage and changes with the session. Requests authorised by a header ({@code
 * Authorization: Bearer}, the deprecated {@code X-Admin-Token}) are exempt: a page on another site cannot
 * send those headers here (there is no CORS), and {@link AccountViewers} then ignores the cookie.
 */
final class Csrf {

  static final String FIELD = "_csrf";
  static final String HEADER = "X-CSRF-Token";
  private static final Set<HandlerType> STATE_CHANGING = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private final Cookies cookies;
  private final AccountViewers viewers;
  /** The paths anyone may post to without a session: they need the form cookie's token. */
  private final Set<String> anonymousForms;

  Csrf(Cookies cookies, AccountViewers viewers, Set<String> anonymousForms) {
    this.cookies = cookies;
    this.viewers = viewers;
    this.anonymousForms = Set.copyOf(anonymousForms);
  }

  /** The token for the page being rendered; sets the form cookie when there is no cookie to derive it from. */
  String token(Context ctx) {
    String session = Cookies.read(ctx, Cookies.SESSION);
    if (session != null) return derive(session);
    String form = Cookies.read(ctx, Cookies.FORM);
    if (form == null) {
      form = Secrets.random(32);
      cookies.set(ctx, Cookies.FORM, form, Duration.ofDays(1), "Strict");
    }
    return derive(form);
  }

  /** The token belonging to a freshly issued session secret (after sign-in). */
  static String forSession(String sessionSecret) {
    return derive(sessionSecret);
  }

  /** The one check, run before every handler. */
  void check(Context ctx) {
    if (!STATE_CHANGING.contains(ctx.method())) return;
    if (AccountViewers.headerAuthorised(ctx)) {
      viewers.of(ctx); // exempt only with a valid token: a wrong one is refused here (401), whatever the route
      return;
    }
    String session = Cookies.read(ctx, Cookies.SESSION);
    String form = Cookies.read(ctx, Cookies.FORM);
    String expected = session != null ? derive(session) : form != null ? derive(form) : null;
    if (expected == null) {
      // no cookie, so no ambient authority to abuse: the route refuses by itself unless it is a public form
      if (anonymousForms.contains(ctx.path()))
        throw new ForbiddenResponse("this form has expired or came from another site: reload the page and try again");
      return;
    }
    String given = ctx.header(HEADER);
    if (given == null && isForm(ctx)) given = ctx.formParam(FIELD);
    if (!Secrets.same(given, expected))
      throw new ForbiddenResponse("this form has expired or came from another site: reload the page and try again");
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
  }

  private static String derive(String secret) {
    return Secrets.hash("parallax-csrf\0" + secret).substring(0, 43);
  }
}

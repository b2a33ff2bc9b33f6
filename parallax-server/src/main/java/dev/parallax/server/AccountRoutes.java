package dev.parallax.server;

import dev.parallax.accounts.AccountException;
import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.Emails;
import dev.parallax.accounts.User;
import dev.parallax.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-up, sign-in and -out, password change and reset, script tokens and account deletion. Every route
 * acts on the account of the session that sent it, never on an id from the request (a token's id is only
 * looked for among the session's own).
 */
final class AccountRoutes {

  /** The forms anyone may post, which need the form cookie's CSRF token. */
  static final Set<String> ANONYMOUS_FORMS = Set.of("/signin", "/signup", "/forgot", "/reset");

  private static final Logger LOG = LoggerFactory.getLogger(AccountRoutes.class);
  private static final String WRONG = "Wrong email or password.";
  private static final Map<String, String> DONE = Map.of(
      "password", "Your password is changed; your other sessions are signed out.",
      "sessions", "Your other sessions are signed out.",
      "revoked", "The token is revoked.",
      "reset", "Your new password is set: sign in with it.");

  private final Accounts accounts;
  private final AccountViewers viewers;
  private final Csrf csrf;
  private final Cookies cookies;
  private final Mailer mailer;
  private final SignInThrottle signIns;
  private final SignInThrottle forms;
  private final SignInThrottle signUps;
  private final Supplier<String> base;

  AccountRoutes(Accounts accounts, AccountViewers viewers, Csrf csrf, Cookies cookies, Mailer mailer, SignInThrottle signIns, SignInThrottle forms, SignInThrottle signUps, Supplier<String> base) {
    this.accounts = accounts;
    this.viewers = viewers;
    this.csrf = csrf;
    this.cookies = cookies;
    this.mailer = mailer;
    this.signIns = signIns;
    this.forms = forms;
    this.signUps = signUps;
    this.base = base;
  }

  void register(Javalin app) {
    app.get("/signin", ctx -> {
      if (viewers.sessionUser(ctx).isPresent()) ctx.redirect("/account", HttpStatus.SEE_OTHER);
      else page(ctx, "Sign in", AccountPages.signIn(csrf.token(ctx), null, null, DONE.get(String.valueOf(ctx.queryParam("done"))), safeNext(ctx.queryParam("next"))));
    });
    app.post("/signin", this::signIn);
    app.get("/signup", ctx -> page(ctx, "Sign up", AccountPages.signUp(csrf.token(ctx), accounts.settings(), accounts.empty(), null, ctx.queryParam("invite"), null)));
    app.post("/signup", this::signUp);
    app.post("/signout", ctx -> {
      accounts.closeSession(Cookies.read(ctx, Cookies.SESSION));
      cookies.clear(ctx, Cookies.SESSION);
      ctx.redirect("/", HttpStatus.SEE_OTHER);
    });
    app.get("/forgot", ctx -> page(ctx, "Forgot your password?", AccountPages.forgot(csrf.token(ctx), false)));
    app.post("/forgot", this::forgot);
    app.get("/reset", ctx -> page(ctx, "Set a new password", AccountPages.reset(csrf.token(ctx), ctx.queryParam("token"), null)));
    app.post("/reset", this::reset);
    app.get("/account", ctx -> {
      Optional<User> u = viewers.sessionUser(ctx);
      if (u.isEmpty()) ctx.redirect("/signin?next=/account", HttpStatus.SEE_OTHER);
      else accountPage(ctx, u.get(), null, DONE.get(String.valueOf(ctx.queryParam("done"))), null);
    });
    app.post("/account/password", ctx -> {
      User u = signedIn(ctx);
      try {
        accounts.changePassword(u.id(), ctx.formParam("current"), ctx.formParam("password"), Cookies.read(ctx, Cookies.SESSION));
        ctx.redirect("/account?done=password", HttpStatus.SEE_OTHER);
      } catch (AccountException e) {
        ctx.status(400);
        accountPage(ctx, u, null, null, e.getMessage());
      }
    });
    app.post("/account/sessions/close", ctx -> {
      accounts.closeOtherSessions(signedIn(ctx).id(), Cookies.read(ctx, Cookies.SESSION));
      ctx.redirect("/account?done=sessions", HttpStatus.SEE_OTHER);
    });
    app.post("/account/tokens", ctx -> {
      User u = signedIn(ctx);
      String name = ctx.formParam("name");
      if (name != null && name.length() > 100) throw new BadRequestResponse("a token's name must be at most 100 characters");
      accountPage(ctx, u, accounts.createToken(u.id(), name).secret(), null, null);
    });
    app.post("/account/tokens/{id}/revoke", ctx -> {
      User u = signedIn(ctx);
      if (!accounts.store().removeToken(u.id(), ctx.pathParam("id"))) throw new NotFoundResponse("you have no token with id \"" + ctx.pathParam("id") + "\"");
      ctx.redirect("/account?done=revoked", HttpStatus.SEE_OTHER);
    });
    app.post("/account/delete", ctx -> {
      User u = signedIn(ctx);
      try {
        accounts.removeSelf(u.id(), ctx.formParam("password"));
        cookies.clear(ctx, Cookies.SESSION);
        page(ctx, "Account deleted", "<section class=\"account narrow\"><h1>Account deleted</h1><p>Your account, its sessions and tokens are gone.</p></section>");
      } catch (AccountException e) {
        ctx.status(400);
        accountPage(ctx, u, null, null, e.getMessage());
      }
    });
  }

  private void signIn(Context ctx) throws StoreException {
    String email = bounded(ctx.formParam("email"));
    String key = throttleKey(email);
    String next = safeNext(ctx.formParam("next"));
    if (!signIns.allowed(key, ctx.ip())) {
      ctx.status(429);
      page(ctx, "Sign in", AccountPages.signIn(csrf.token(ctx), email, "Too many attempts. Try again in " + signIns.window().toMinutes() + " minutes.", null, next));
      return;
    }
    Optional<User> user = accounts.authenticate(email, ctx.formParam("password"));
    if (user.isEmpty()) {
      signIns.failed(key, ctx.ip());
      ctx.status(401);
      page(ctx, "Sign in", AccountPages.signIn(csrf.token(ctx), email, WRONG, null, next));
      return;
    }
    signIns.succeeded(key);
    startSession(ctx, user.get());
    ctx.redirect(next == null ? "/" : next, HttpStatus.SEE_OTHER);
  }

  private void signUp(Context ctx) throws StoreException {
    String email = bounded(ctx.formParam("email"));
    String invite = bounded(ctx.formParam("invite"));
    String key = "signup:" + ctx.ip();
    if (!signUps.allowed(key, ctx.ip())) {
      ctx.status(429);
      page(ctx, "Sign up", AccountPages.signUp(csrf.token(ctx), accounts.settings(), accounts.empty(), email, invite, "Too many attempts from your address. Try again later."));
      return;
    }
    signUps.failed(key, ctx.ip()); // every sign-up counts: each costs a password hash
    try {
      User u = accounts.signUp(email, ctx.formParam("password"), invite);
      startSession(ctx, u);
      ctx.redirect("/account", HttpStatus.SEE_OTHER);
    } catch (AccountException e) {
      ctx.status(400);
      page(ctx, "Sign up", AccountPages.signUp(csrf.token(ctx), accounts.settings(), accounts.empty(), email, invite, e.getMessage()));
    }
  }

  private void forgot(Context ctx) throws StoreException {
    String email = bounded(ctx.formParam("email"));
    if (forms.allowed(throttleKey(email), ctx.ip())) {
      forms.failed(throttleKey(email), ctx.ip());
      Optional<String> secret = accounts.startReset(email);
      if (secret.isPresent()) {
        String link = base.get() + "/reset?token=" + secret.get();
        String to = accounts.userByEmail(email).map(User::email).orElse(email);
        // sent in the background: the answer takes the same time whether the account exists or not
        Thread.ofVirtual().name("parallax-mail").start(() -> {
          try {
            mailer.send(to, "Reset your Parallax password",
                "Someone asked to reset the password of your Parallax account.\n\nTo set a new one, open this link within one hour:\n\n"
                    + link + "\n\nIf it was not you, ignore this message: your password stays as it is.\n");
          } catch (IOException | RuntimeException e) {
            LOG.warn("cannot send the password reset link: {}", e.getMessage());
          }
        });
      }
    }
    // the same answer whether the address has an account, and when throttled
    page(ctx, "Check your email", AccountPages.forgot(null, true));
  }

  private void reset(Context ctx) throws StoreException {
    String token = bounded(ctx.formParam("token"));
    try {
      accounts.finishReset(token, ctx.formParam("password"));
      ctx.redirect("/signin?done=reset", HttpStatus.SEE_OTHER);
    } catch (AccountException e) {
      ctx.status(400);
      page(ctx, "Set a new password", AccountPages.reset(csrf.token(ctx), token, e.getMessage()));
    }
  }

  /** A new session with a new secret (so a session id planted before sign-in is worthless), the old one ended. */
  private void startSession(Context ctx, User user) throws StoreException {
    accounts.closeSession(Cookies.read(ctx, Cookies.SESSION));
    Accounts.NewSession s = accounts.openSession(user);
    cookies.set(ctx, Cookies.SESSION, s.secret(), Accounts.SESSION_LIFETIME, "Lax");
    cookies.clear(ctx, Cookies.FORM);
  }

  private void accountPage(Context ctx, User u, String newToken, String note, String error) throws StoreException {
    String body = AccountPages.account(u, csrf.token(ctx), accounts.store().tokens(u.id()), accounts.store().sessionCount(u.id(), accounts.now()), newToken, note, error, accounts.now());
    page(ctx, "Your account", body);
  }

  private User signedIn(Context ctx) throws StoreException {
    return viewers.sessionUser(ctx).orElseThrow(() -> new UnauthorizedResponse("sign in first"));
  }

  private static void page(Context ctx, String title, String body) {
    ctx.header("Cache-Control", "no-store");
    ctx.html(Pages.layout(title, "/account", body, null));
  }

  /** Only a path on this site: an open redirect would let a link here send a signed-in reader anywhere. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length() > 500) return null;
    return next.chars().anyMatch(c -> c < 0x20) ? null : next;
  }

  private static String throttleKey(String email) {
    try {
      return Emails.normalise(email);
    } catch (IllegalArgumentException e) {
      return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
  }

  private static String bounded(String s) {
    return s == null ? null : s.length() > 300 ? s.substring(0, 300) : s;
  }

}

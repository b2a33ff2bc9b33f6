package dev.parallax.server;

import dev.parallax.accounts.AccountException;
import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.Role;
import dev.parallax.accounts.SignupMode;
import dev.parallax.accounts.User;
import dev.parallax.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The admin's pages: accounts (grant or revoke membership, make admin, remove), invitations, and how
 * sign-up works. Only an admin signed in with a browser session reaches them; one check guards them all.
 */
final class AdminRoutes {

  private static final Map<String, String> DONE = Map.of(
      "grant", "Membership granted.", "revoke", "Role changed.", "admin", "The account is now an admin.",
      "remove", "The account is removed, with everything it held.", "settings", "Sign-up settings saved.");

  private final Accounts accounts;
  private final AccountViewers viewers;
  private final Csrf csrf;
  private final Supplier<String> base;

  AdminRoutes(Accounts accounts, AccountViewers viewers, Csrf csrf, Supplier<String> base) {
    this.accounts = accounts;
    this.viewers = viewers;
    this.csrf = csrf;
    this.base = base;
  }

  void register(Javalin app) {
    app.before("/admin", this::requireAdmin);
    app.before("/admin/*", this::requireAdmin);
    app.get("/admin", ctx -> ctx.redirect("/admin/users", HttpStatus.SEE_OTHER));
    app.get("/admin/users", ctx -> usersPage(ctx, DONE.get(String.valueOf(ctx.queryParam("done"))), null));
    app.post("/admin/users/{id}/grant", ctx -> change(ctx, "grant", () -> accounts.grantMembership(ctx.pathParam("id"), days(ctx))));
    app.post("/admin/users/{id}/revoke", ctx -> change(ctx, "revoke", () -> accounts.revokeMembership(ctx.pathParam("id"))));
    app.post("/admin/users/{id}/admin", ctx -> change(ctx, "admin", () -> accounts.makeAdmin(ctx.pathParam("id"))));
    app.post("/admin/users/{id}/remove", ctx -> change(ctx, "remove", () -> {
      if (ctx.pathParam("id").equals(viewers.of(ctx).userId())) throw new AccountException("to delete your own account, use your account page");
      accounts.remove(ctx.pathParam("id"));
      return null;
    }));
    app.post("/admin/settings", ctx -> {
      Accounts.Settings s;
      try {
        String trial = ctx.formParam("trialDays");
        s = new Accounts.Settings(SignupMode.of(ctx.formParam("signup")), trial == null || trial.isBlank() ? 0 : Integer.parseInt(trial.strip()));
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse(e.getMessage());
      }
      accounts.saveSettings(s);
      ctx.redirect("/admin/users?done=settings", HttpStatus.SEE_OTHER);
    });
    app.get("/admin/invitations", ctx -> invitationsPage(ctx, null));
    app.post("/admin/invitations", ctx -> {
      Integer days = days(ctx);
      boolean member = "on".equals(ctx.formParam("member")) || days != null;
      var inv = accounts.invite(member, days, viewers.of(ctx).userId());
      invitationsPage(ctx, "New invitation: " + inv.code());
    });
  }

  /** Anonymous readers are sent to sign in; signed-in non-admins (and token holders) are refused. */
  private void requireAdmin(Context ctx) throws StoreException {
    var user = viewers.sessionUser(ctx);
    if (user.isPresent() && user.get().role() == Role.ADMIN) return;
    if (user.isEmpty() && viewers.how(ctx) == AccountViewers.How.NONE) {
      if (ctx.method().toString().equals("GET")) {
        ctx.redirect("/signin?next=" + Html.enc(ctx.path()), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
        return;
      }
      throw new UnauthorizedResponse("sign in as an admin first");
    }
    throw new ForbiddenResponse("only an admin, signed in, may see this page");
  }

  private interface Change {
    User run() throws StoreException, AccountException;
  }

  private void change(Context ctx, String done, Change change) throws StoreException {
    try {
      change.run();
      ctx.redirect("/admin/users?done=" + done, HttpStatus.SEE_OTHER);
    } catch (AccountException e) {
      ctx.status(400);
      usersPage(ctx, null, e.getMessage());
    }
  }

  private void usersPage(Context ctx, String note, String error) throws StoreException {
    page(ctx, "Users", AccountPages.users(accounts.users(), accounts.settings(), csrf.token(ctx), viewers.of(ctx).userId(), note, error, accounts.now()));
  }

  private void invitationsPage(Context ctx, String note) throws StoreException {
    page(ctx, "Invitations", AccountPages.invitations(accounts.invitations(), csrf.token(ctx), base.get() + "/signup", note));
  }

  private static Integer days(Context ctx) {
    String d = ctx.formParam("days");
    if (d == null || d.isBlank()) return null;
    try {
      int n = Integer.parseInt(d.strip());
      if (n < 1 || n > 36_500) throw new BadRequestResponse("days must be 1..36500, was " + n);
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("days must be a whole number, was \"" + d + "\"");
    }
  }

  private static void page(Context ctx, String title, String body) {
    ctx.header("Cache-Control", "no-store");
    ctx.html(Pages.layout(title, "/account", body, null));
  }
}

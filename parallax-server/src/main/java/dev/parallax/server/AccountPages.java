package dev.parallax.server;

import static dev.parallax.server.Html.enc;
import static dev.parallax.server.Html.esc;

import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.Invitation;
import dev.parallax.accounts.Passwords;
import dev.parallax.accounts.Role;
import dev.parallax.accounts.ScriptToken;
import dev.parallax.accounts.SignupMode;
import dev.parallax.accounts.User;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The account and admin pages' bodies. Every value from outside goes through {@link Html#esc}. */
final class AccountPages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private AccountPages() {}

  static String signIn(String csrf, String email, String error, String note, String next) {
    return "<section class=\"account narrow\"><h1>Sign in</h1>" + message(error, true) + message(note, false)
        + "<form method=\"post\" action=\"/signin\">" + hidden(Csrf.FIELD, csrf) + hidden("next", next)
        + "<label>Email <input type=\"email\" name=\"email\" autocomplete=\"username\" required value=\"" + esc(email) + "\"></label>"
        + "<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label>"
        + "<div class=\"actions\"><button type=\"submit\">Sign in</button></div></form>"
        + "<p class=\"muted\"><a href=\"/forgot\">Forgot your password?</a> · No account? <a href=\"/signup\">Sign up</a></p></section>";
  }

  static String signUp(String csrf, Accounts.Settings settings, boolean first, String email, String invite, String error) {
    StringBuilder b = new StringBuilder("<section class=\"account narrow\"><h1>Sign up</h1>").append(message(error, true));
    if (first) b.append("<p class=\"note\">This installation has no accounts yet: the first one made is its admin.</p>");
    else if (settings.signup() == SignupMode.CLOSED)
      b.append("<p class=\"note\">Sign-up is closed here. Ask an admin for an account, or use an invitation code.</p>");
    else if (settings.signup() == SignupMode.INVITE) b.append("<p class=\"note\">Sign-up here is by invitation: enter your code.</p>");
    else if (settings.trialDays() > 0)
      b.append("<p class=\"note\">New accounts read members-only titles free for ").append(settings.trialDays()).append(" days.</p>");
    b.append("<form method=\"post\" action=\"/signup\">").append(hidden(Csrf.FIELD, csrf))
        .append("<label>Email <input type=\"email\" name=\"email\" autocomplete=\"username\" required value=\"").append(esc(email)).append("\"></label>")
        .append("<label>Password <small class=\"muted\">(at least ").append(Passwords.MIN).append(" characters)</small>")
        .append("<input type=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"").append(Passwords.MIN).append("\" required></label>")
        .append("<label>Invitation code").append(first || settings.signup() == SignupMode.INVITE ? "" : " <small class=\"muted\">(if you have one)</small>")
        .append("<input type=\"text\" name=\"invite\" autocomplete=\"off\" value=\"").append(esc(invite)).append("\"></label>")
        .append("<div class=\"actions\"><button type=\"submit\">Sign up</button></div></form>")
        .append("<p class=\"muted\">Already have an account? <a href=\"/signin\">Sign in</a></p></section>");
    return b.toString();
  }

  static String forgot(String csrf, boolean sent) {
    if (sent)
      return "<section class=\"account narrow\"><h1>Check your email</h1><p class=\"note\" role=\"status\">If an account uses that address, a link to"
          + " reset its password is on its way. The link works once, for one hour.</p><p><a href=\"/signin\">Sign in</a></p></section>";
    return "<section class=\"account narrow\"><h1>Forgot your password?</h1><p>Enter your email address and we will send you a link to set a new one.</p>"
        + "<form method=\"post\" action=\"/forgot\">" + hidden(Csrf.FIELD, csrf)
        + "<label>Email <input type=\"email\" name=\"email\" autocomplete=\"username\" required></label>"
        + "<div class=\"actions\"><button type=\"submit\">Send the link</button></div></form></section>";
  }

  static String reset(String csrf, String token, String error) {
    return "<section class=\"account narrow\"><h1>Set a new password</h1>" + message(error, true)
        + "<form method=\"post\" action=\"/reset\">" + hidden(Csrf.FIELD, csrf) + hidden("token", token)
        + "<label>New password <input type=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"" + Passwords.MIN + "\" required></label>"
        + "<div class=\"actions\"><button type=\"submit\">Set the password</button></div></form></section>";
  }

  static String account(User u, String csrf, List<ScriptToken> tokens, int sessions, String newToken, String note, String error, Instant now) {
    StringBuilder b = new StringBuilder("<section class=\"account\"><h1>Your account</h1>").append(message(error, true)).append(message(note, false));
    b.append("<dl class=\"facts\"><dt>Email</dt><dd>").append(esc(u.email())).append("</dd><dt>Role</dt><dd>").append(role(u, now))
        .append("</dd><dt>Since</dt><dd>").append(DAY.format(u.created())).append("</dd></dl>");
    if (u.role() == Role.ADMIN)
      b.append("<p><a class=\"button\" href=\"/admin/users\">Users</a> <a class=\"button\" href=\"/admin/invitations\">Invitations</a></p>");
    b.append(postButton("/signout", csrf, "Sign out", ""));
    b.append("<h2>Change password</h2><form method=\"post\" action=\"/account/password\">").append(hidden(Csrf.FIELD, csrf))
        .append("<label>Current password <input type=\"password\" name=\"current\" autocomplete=\"current-password\" required></label>")
        .append("<label>New password <input type=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"").append(Passwords.MIN).append("\" required></label>")
        .append("<div class=\"actions\"><button type=\"submit\">Change password</button></div></form>");
    b.append("<h2>Sessions</h2><p>Signed in on ").append(sessions).append(sessions == 1 ? " browser" : " browsers").append(".</p>")
        .append(postButton("/account/sessions/close", csrf, "Sign out everywhere else", "secondary"));
    b.append("<h2>Script tokens</h2><p class=\"muted\">A script sends one as <code>Authorization: Bearer TOKEN</code> and acts as you. Revoke it when it is no longer needed.</p>");
    if (newToken != null)
      b.append("<p class=\"note\" role=\"status\">Your new token (shown only now): <code id=\"new-token\">").append(esc(newToken)).append("</code></p>");
    if (!tokens.isEmpty()) {
      b.append("<ul class=\"rows\">");
      for (ScriptToken t : tokens)
        b.append("<li><strong>").append(esc(t.name())).append("</strong> <span class=\"muted\">made ").append(DAY.format(t.created()))
            .append(t.lastUsed() == null ? ", never used" : ", last used " + DAY.format(t.lastUsed())).append("</span> ")
            .append(postButton("/account/tokens/" + enc(t.id()) + "/revoke", csrf, "Revoke", "secondary inline")).append("</li>");
      b.append("</ul>");
    }
    b.append("<form method=\"post\" action=\"/account/tokens\" class=\"inline-form\">").append(hidden(Csrf.FIELD, csrf))
        .append("<label>Name <input type=\"text\" name=\"name\" maxlength=\"100\" placeholder=\"picks script\"></label>")
        .append("<div class=\"actions\"><button type=\"submit\">Make a token</button></div></form>");
    b.append("<h2>Delete account</h2><p>Deletes your account, sessions and tokens. This cannot be undone.</p>")
        .append("<form method=\"post\" action=\"/account/delete\">").append(hidden(Csrf.FIELD, csrf))
        .append("<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label>")
        .append("<div class=\"actions\"><button type=\"submit\" class=\"danger\">Delete my account</button></div></form></section>");
    return b.toString();
  }

  static String users(List<User> users, Accounts.Settings settings, String csrf, String selfId, String note, String error, Instant now) {
    StringBuilder b = new StringBuilder("<section class=\"account\"><h1>Users</h1>").append(message(error, true)).append(message(note, false));
    b.append("<p><a href=\"/admin/invitations\">Invitations</a> · <a href=\"/account\">Your account</a></p>");
    b.append("<h2>Sign-up</h2><form method=\"post\" action=\"/admin/settings\" class=\"inline-form\">").append(hidden(Csrf.FIELD, csrf))
        .append("<label>Who may sign up <select name=\"signup\">");
    for (SignupMode m : SignupMode.values())
      b.append("<option value=\"").append(m.id()).append("\"").append(m == settings.signup() ? " selected" : "").append(">")
          .append(switch (m) { case OPEN -> "anyone"; case INVITE -> "with an invitation code"; case CLOSED -> "nobody (closed)"; }).append("</option>");
    b.append("</select></label><label>Trial days for new accounts (0 = no trial) <input type=\"number\" name=\"trialDays\" min=\"0\" max=\"36500\" value=\"")
        .append(settings.trialDays()).append("\"></label><div class=\"actions\"><button type=\"submit\">Save</button></div></form>");
    b.append("<h2>Accounts</h2><ul class=\"rows users\">");
    for (User u : users) {
      String base = "/admin/users/" + enc(u.id());
      b.append("<li data-user=\"").append(esc(u.id())).append("\"><strong>").append(esc(u.email())).append("</strong> <span class=\"muted\">")
          .append(role(u, now)).append(", since ").append(DAY.format(u.created())).append("</span><div class=\"actions\">");
      if (u.role() != Role.ADMIN) {
        b.append("<form method=\"post\" action=\"").append(base).append("/grant\" class=\"inline-form\">").append(hidden(Csrf.FIELD, csrf))
            .append("<label>Days <input type=\"number\" name=\"days\" min=\"1\" max=\"36500\" placeholder=\"no end\" size=\"6\"></label>")
            .append("<button type=\"submit\">Grant membership</button></form>");
        b.append(postButton(base + "/admin", csrf, "Make admin", "secondary"));
      }
      if (u.role() != Role.READER) b.append(postButton(base + "/revoke", csrf, u.role() == Role.ADMIN ? "Make reader" : "Revoke membership", "secondary"));
      if (!u.id().equals(selfId)) b.append(postButton(base + "/remove", csrf, "Remove", "danger"));
      b.append("</div></li>");
    }
    return b.append("</ul></section>").toString();
  }

  static String invitations(List<Invitation> invitations, String csrf, String signUpUrl, String note) {
    StringBuilder b = new StringBuilder("<section class=\"account\"><h1>Invitations</h1>").append(message(note, false));
    b.append("<p><a href=\"/admin/users\">Users</a></p>");
    b.append("<form method=\"post\" action=\"/admin/invitations\" class=\"inline-form\">").append(hidden(Csrf.FIELD, csrf))
        .append("<label><input type=\"checkbox\" name=\"member\" value=\"on\"> grants membership</label>")
        .append("<label>for days (empty = no end) <input type=\"number\" name=\"days\" min=\"1\" max=\"36500\" size=\"6\"></label>")
        .append("<div class=\"actions\"><button type=\"submit\">Make an invitation</button></div></form>");
    b.append("<p class=\"muted\">Give the code, or the link ").append(esc(signUpUrl)).append("?invite=CODE, to one person; it works once.</p><ul class=\"rows invitations\">");
    for (Invitation i : invitations)
      b.append("<li><code>").append(esc(i.code())).append("</code> <span class=\"muted\">")
          .append(i.member() ? "membership" + (i.memberDays() == null ? "" : " for " + i.memberDays() + " days") : "reader")
          .append(", made ").append(DAY.format(i.created())).append(i.isUsed() ? ", used " + DAY.format(i.used()) : ", unused").append("</span></li>");
    return b.append("</ul></section>").toString();
  }

  static String role(User u, Instant now) {
    return switch (u.role()) {
      case ADMIN -> "admin";
      case READER -> "reader";
      case MEMBER -> u.memberUntil() == null ? "member"
          : now.isBefore(u.memberUntil()) ? "member until " + DAY.format(u.memberUntil()) : "membership ended " + DAY.format(u.memberUntil());
    };
  }

  static String postButton(String action, String csrf, String label, String cls) {
    return "<form method=\"post\" action=\"" + esc(action) + "\" class=\"inline-form\">" + hidden(Csrf.FIELD, csrf)
        + "<button type=\"submit\"" + (cls.isEmpty() ? "" : " class=\"" + esc(cls) + "\"") + ">" + esc(label) + "</button></form>";
  }

  private static String hidden(String name, String value) {
    return value == null ? "" : "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
  }

  private static String message(String text, boolean error) {
    if (text == null || text.isBlank()) return "";
    return "<p class=\"" + (error ? "error" : "note") + "\" role=\"" + (error ? "alert" : "status") + "\">" + esc(text) + "</p>";
  }
}

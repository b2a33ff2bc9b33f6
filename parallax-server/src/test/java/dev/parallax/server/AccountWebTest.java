package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.feed.PollingStatus;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts through the web app, as browsers and scripts use it: sign-up, sign-in and -out, sessions,
 * CSRF, throttling, roles, cross-account access and password reset by email (to an in-process SMTP server).
 */
class AccountWebTest {

  static final String PASSWORD = "correct horse battery";
  static final String ADMIN = "admin@example.org";

  static final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T09:00:00Z"));
  static final InstantSource clock = () -> now.get();
  static GreenMail mail;
  static Path dir;
  static Parallax parallax;
  static WebServer server;
  static String base;
  static Browser admin;

  @BeforeAll
  static void start() throws Exception {
    mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    dir = Files.createTempDirectory("parallax-accounts-");
    parallax = Parallax.open(Config.embedded(dir.resolve("data")), clock);
    Mailer smtp = SmtpMailer.of(Map.of("PARALLAX_SMTP_HOST", "127.0.0.1", "PARALLAX_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()),
        "PARALLAX_SMTP_TLS", "none", "PARALLAX_SMTP_FROM", "news@example.org"));
    server = new WebServer(parallax, new ServerOptions("127.0.0.1", 0, null, null), clock, () -> PollingStatus.NOT_STARTED, smtp);
    base = "http://127.0.0.1:" + server.start();
    admin = new Browser(base);
    assertThat(admin.get("/signup").body()).contains("the first one made is its admin");
    assertThat(admin.signUp(ADMIN, PASSWORD).statusCode()).isEqualTo(303);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
    if (parallax != null) parallax.close();
    if (mail != null) mail.stop();
  }

  private static Browser signedUp(String email) throws Exception {
    Browser b = new Browser(base);
    HttpResponse<String> r = b.signUp(email, PASSWORD);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return b;
  }

  private static String userId(String email) throws Exception {
    Matcher m = Pattern.compile("<li data-user=\"([^\"]+)\"><strong>" + Pattern.quote(email) + "</strong>").matcher(admin.get("/admin/users").body());
    assertThat(m.find()).as("user " + email + " listed").isTrue();
    return m.group(1);
  }

  @Test
  void theFirstAccountIsAdminAndOthersSignUpInAndOut() throws Exception {
    assertThat(admin.get("/account").body()).contains(ADMIN).contains("<dt>Role</dt><dd>admin</dd>");
    Browser ann = signedUp("Ann.Signup@Example.org");
    HttpResponse<String> page = ann.get("/account");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("ann.signup@example.org").contains("<dd>reader</dd>");
    assertThat(page.headers().firstValue("cache-control")).hasValue("no-store");
    assertThat(ann.submit("/account", "/signout").statusCode()).isEqualTo(303);
    assertThat(ann.get("/account").statusCode()).as("signed out").isEqualTo(303);
    HttpResponse<String> in = ann.signIn("ann.signup@EXAMPLE.org", PASSWORD);
    assertThat(in.statusCode()).isEqualTo(303);
    assertThat(ann.get("/account").body()).contains("ann.signup@example.org");
    assertThat(signedUp("someone@example.org").get("/account").body()).doesNotContain("ann.signup");
  }

  @Test
  void sessionCookieIsHttpOnlyLaxAndSecureBehindHttps() throws Exception {
    Browser b = new Browser(base);
    HttpResponse<String> r = b.signUp("cookie@example.org", PASSWORD);
    String set = r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(Cookies.SESSION + "=")).findFirst().orElseThrow();
    assertThat(set).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
    assertThat(b.cookie(Cookies.SESSION)).hasSizeGreaterThanOrEqualTo(43);
    Path other = Files.createTempDirectory("parallax-accounts-https-");
    try (Parallax p = Parallax.open(Config.embedded(other.resolve("data")), clock);
        WebServer https = new WebServer(p, new ServerOptions("127.0.0.1", 0, null, "https://news.example.org"), clock)) {
      Browser h = new Browser("http://127.0.0.1:" + https.start());
      // the browser keeps a Secure cookie for https only, so over this test's http the header is what shows it
      HttpResponse<String> hr = h.get("/signup");
      assertThat(hr.headers().allValues("set-cookie")).anyMatch(c -> c.startsWith(Cookies.FORM + "=") && c.contains("; Secure") && c.contains("HttpOnly"));
    }
  }

  @Test
  void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() throws Exception {
    signedUp("known@example.org");
    Browser b = new Browser(base);
    HttpResponse<String> wrong = b.signIn("known@example.org", "not the password");
    HttpResponse<String> unknown = b.signIn("unknown@example.org", "not the password");
    assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(401);
    assertThat(wrong.body().replace("known@example.org", "EMAIL")).isEqualTo(unknown.body().replace("unknown@example.org", "EMAIL"));
    assertThat(wrong.body()).contains("Wrong email or password.");
  }

  @Test
  void aBruteForceRunIsThrottledPerAccountAndPerAddress() throws Exception {
    signedUp("target@example.org");
    now.set(now.get().plus(Duration.ofMinutes(16))); // forget the failures other tests made from this address
    try {
      Browser attacker = new Browser(base);
      int refusedAt = -1;
      for (int i = 0; i < 12; i++) {
        HttpResponse<String> r = attacker.signIn("target@example.org", "guess number " + i);
        if (r.statusCode() == 429) {
          refusedAt = i;
          break;
        }
        assertThat(r.statusCode()).isEqualTo(401);
      }
      assertThat(refusedAt).as("refused after 5 failures").isEqualTo(5);
      // the right password is refused too while throttled, and an unknown account gets the same answer
      assertThat(attacker.signIn("target@example.org", PASSWORD).statusCode()).isEqualTo(429);
      for (int i = 0; i < 5; i++) attacker.signIn("ghost@example.org", "guess " + i);
      assertThat(attacker.signIn("ghost@example.org", "guess").statusCode()).isEqualTo(429);
      // per address: failures spread over many accounts stop at 20
      int answered = 0;
      for (int i = 0; i < 30; i++) if (attacker.signIn("spray" + i + "@example.org", "password " + i).statusCode() == 401) answered++;
      assertThat(answered).as("tries answered before the address is throttled").isEqualTo(10);
      now.set(now.get().plus(Duration.ofMinutes(16)));
      assertThat(new Browser(base).signIn("target@example.org", PASSWORD).statusCode()).as("the window has passed").isEqualTo(303);
    } finally {
      now.set(now.get().plus(Duration.ofMinutes(16))); // the other tests sign in from the same address
    }
  }

  @Test
  void signingInIssuesANewSessionIdAndEndsThePlantedOne() throws Exception {
    signedUp("fixed@example.org");
    Browser victim = new Browser(base);
    victim.setCookie(Cookies.SESSION, "planted-by-an-attacker-0000000000000000000000");
    HttpResponse<String> in = victim.signIn("fixed@example.org", PASSWORD);
    assertThat(in.statusCode()).isEqualTo(303);
    String first = sessionSet(in);
    assertThat(first).isNotEqualTo("planted-by-an-attacker-0000000000000000000000").hasSizeGreaterThanOrEqualTo(43);
    Browser again = new Browser(base);
    again.setCookie(Cookies.SESSION, first);
    assertThat(again.get("/account").statusCode()).isEqualTo(200);
    HttpResponse<String> twice = again.signIn("fixed@example.org", PASSWORD);
    assertThat(twice.statusCode()).isEqualTo(303);
    String second = sessionSet(twice);
    assertThat(second).isNotEqualTo(first);
    Browser replay = new Browser(base);
    replay.setCookie(Cookies.SESSION, first);
    assertThat(replay.get("/account").statusCode()).as("the session before sign-in is over").isEqualTo(303);
  }

  private static String sessionSet(HttpResponse<String> r) {
    String set = r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(Cookies.SESSION + "=")).findFirst().orElseThrow();
    return set.substring(Cookies.SESSION.length() + 1, set.indexOf(';'));
  }

  @Test
  void aRevokedSessionIsRefused() throws Exception {
    Browser laptop = signedUp("two@example.org");
    Browser phone = new Browser(base);
    assertThat(phone.signIn("two@example.org", PASSWORD).statusCode()).isEqualTo(303);
    assertThat(phone.get("/account").statusCode()).isEqualTo(200);
    assertThat(laptop.submit("/account", "/account/sessions/close").statusCode()).isEqualTo(303);
    assertThat(phone.get("/account").statusCode()).isEqualTo(303);
    assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
    String old = laptop.cookie(Cookies.SESSION);
    laptop.submit("/account", "/signout");
    Browser replay = new Browser(base);
    replay.setCookie(Cookies.SESSION, old);
    assertThat(replay.get("/account").statusCode()).as("a signed-out session cookie opens nothing").isEqualTo(303);
  }

  /** Every state-changing route, as a signed-in admin would call it. */
  static final List<String[]> STATE_CHANGING = List.of(
      new String[] {"POST", "/signout"}, new String[] {"POST", "/signin"}, new String[] {"POST", "/signup"},
      new String[] {"POST", "/forgot"}, new String[] {"POST", "/reset"}, new String[] {"POST", "/account/password"},
      new String[] {"POST", "/account/tokens"}, new String[] {"POST", "/account/tokens/ID/revoke"},
      new String[] {"POST", "/account/sessions/close"}, new String[] {"POST", "/account/delete"},
      new String[] {"POST", "/admin/users/USER/grant"}, new String[] {"POST", "/admin/users/USER/revoke"},
      new String[] {"POST", "/admin/users/USER/admin"}, new String[] {"POST", "/admin/users/USER/remove"},
      new String[] {"POST", "/admin/settings"}, new String[] {"POST", "/admin/invitations"},
      new String[] {"POST", "/admin/members-only"}, new String[] {"POST", "/api/admin/members-only"},
      new String[] {"PUT", "/api/picks/STORY"}, new String[] {"DELETE", "/api/picks/STORY"});

  @Test
  void everyStateChangingRouteRefusesAMissingOrWrongCsrfToken() throws Exception {
    assertThat(STATE_CHANGING.stream().map(r -> r[0] + " " + r[1].replace("USER", "{id}").replace("ID", "{id}").replace("STORY", "{id}")))
        .as("the list below covers every state-changing route the server has").containsExactlyInAnyOrderElementsOf(server.stateChangingRoutes());
    String victim = userId(signedUp("csrf-victim@example.org").get("/account").body().contains("csrf-victim") ? "csrf-victim@example.org" : "");
    for (String[] route : STATE_CHANGING) {
      String path = route[1].replace("USER", victim).replace("ID", "x").replace("STORY", "s1");
      for (String token : new String[] {null, "wrong-token", Browser.csrf(new Browser(base).get("/signin").body())}) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (token != null) fields.put("_csrf", token);
        fields.put("signup", "closed");
        fields.put("password", PASSWORD);
        fields.put("email", ADMIN);
        HttpResponse<String> r = route[0].equals("POST") ? admin.post(path, fields)
            : admin.send(route[0], path, token == null ? Map.of() : Map.of(Csrf.HEADER, token), "{}");
        assertThat(r.statusCode()).as(route[0] + " " + path + " with token " + token).isEqualTo(403);
      }
    }
    // a made-up token header does not exempt a request that also carries the session cookie
    assertThat(admin.send("POST", "/signout", Map.of("Authorization", "Bearer made-up"), null).statusCode()).isEqualTo(401);
    assertThat(admin.send("POST", "/signout", Map.of("X-Admin-Token", "made-up-as-well"), null).statusCode()).isEqualTo(401);
    assertThat(admin.get("/account").statusCode()).as("still signed in").isEqualTo(200);
    assertThat(admin.get("/admin/users").body()).contains("csrf-victim@example.org").contains("<option value=\"open\" selected>");
    // the header works as well as the field, for calls from the page's scripts
    assertThat(admin.send("PUT", "/api/picks/no-such-story", Map.of(Csrf.HEADER, admin.csrf(), "Content-Type", "application/json"), "{}").statusCode()).isEqualTo(404);
  }

  @Test
  void aReaderCannotReachAdminPagesOrApis() throws Exception {
    Browser reader = signedUp("reader@example.org");
    String csrf = reader.csrf();
    assertThat(reader.get("/admin/users").statusCode()).isEqualTo(403);
    assertThat(reader.get("/admin/invitations").statusCode()).isEqualTo(403);
    assertThat(reader.post("/admin/settings", Map.of("_csrf", csrf, "signup", "closed", "trialDays", "0")).statusCode()).isEqualTo(403);
    assertThat(reader.post("/admin/users/" + userId("reader@example.org") + "/admin", Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);
    assertThat(reader.post("/admin/invitations", Map.of("_csrf", csrf, "member", "on")).statusCode()).isEqualTo(403);
    assertThat(reader.send("PUT", "/api/picks/s1", Map.of(Csrf.HEADER, csrf), "{}").statusCode()).isEqualTo(403);
    assertThat(reader.get("/api/health").body()).doesNotContain("\"polling\"");
    assertThat(admin.get("/admin/users").body()).contains("<strong>reader@example.org</strong> <span class=\"muted\">reader");
    // a reader's script token is a reader too; an admin's opens the picks API (the story is unknown: 404, not 401)
    String readerToken = token(reader);
    assertThat(reader.send("PUT", "/api/picks/s1", Map.of("Authorization", "Bearer " + readerToken), "{}").statusCode()).isEqualTo(403);
    assertThat(new Browser(base).send("PUT", "/api/picks/s1", Map.of("Authorization", "Bearer " + token(admin)), "{}").statusCode()).isEqualTo(404);
    assertThat(new Browser(base).send("PUT", "/api/picks/s1", Map.of(), "{}").statusCode()).isEqualTo(401);
    assertThat(new Browser(base).send("PUT", "/api/picks/s1", Map.of("Authorization", "Bearer made-up"), "{}").statusCode()).isEqualTo(401);
    // and a token does not open the admin pages, which need a signed-in admin
    assertThat(new Browser(base).send("GET", "/admin/users", Map.of("Authorization", "Bearer " + token(admin)), null).statusCode()).isEqualTo(403);
    assertThat(new Browser(base).get("/admin/users").statusCode()).as("anonymous: sent to sign in").isEqualTo(303);
  }

  private static String token(Browser b) throws Exception {
    HttpResponse<String> r = b.submit("/account", "/account/tokens", "name", "script");
    Matcher m = Pattern.compile("<code id=\"new-token\">([^<]+)</code>").matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
  }

  @Test
  void anAccountCannotChangeAnothersDataByChangingAnId() throws Exception {
    Browser ann = signedUp("ann.cross@example.org");
    Browser bob = signedUp("bob.cross@example.org");
    String annToken = token(ann);
    Matcher m = Pattern.compile("action=\"/account/tokens/([^/]+)/revoke\"").matcher(ann.get("/account").body());
    assertThat(m.find()).isTrue();
    String annTokenId = m.group(1);
    assertThat(bob.submit("/account", "/account/tokens/" + annTokenId + "/revoke").statusCode()).isEqualTo(404);
    assertThat(new Browser(base).send("PUT", "/api/picks/s1", Map.of("Authorization", "Bearer " + annToken), "{}").statusCode())
        .as("ann's token still works (a reader: 403, not 401)").isEqualTo(403);
    String annId = userId("ann.cross@example.org");
    assertThat(bob.submit("/account", "/account/password", "user", annId, "id", annId, "current", PASSWORD, "password", "bob's new password").statusCode()).isEqualTo(303);
    assertThat(new Browser(base).signIn("ann.cross@example.org", PASSWORD).statusCode()).as("ann's password unchanged").isEqualTo(303);
    assertThat(new Browser(base).signIn("bob.cross@example.org", "bob's new password").statusCode()).isEqualTo(303);
    assertThat(bob.submit("/account", "/account/delete", "user", annId, "password", PASSWORD).statusCode()).as("ann's password does not delete bob").isEqualTo(400);
    assertThat(bob.submit("/account", "/admin/users/" + annId + "/remove").statusCode()).isEqualTo(403);
    assertThat(admin.get("/admin/users").body()).contains("ann.cross@example.org").contains("bob.cross@example.org");
  }

  @Test
  void aForgottenPasswordIsResetByEmailWithoutRevealingWhoHasAnAccount() throws Exception {
    Browser ann = signedUp("ann.reset@example.org");
    int before = mail.getReceivedMessages().length;
    Browser b = new Browser(base);
    HttpResponse<String> known = b.submit("/forgot", "/forgot", "email", "Ann.Reset@example.org");
    HttpResponse<String> unknown = b.submit("/forgot", "/forgot", "email", "nobody.reset@example.org");
    assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(200);
    assertThat(known.body()).isEqualTo(unknown.body()).contains("If an account uses that address");
    assertThat(mail.waitForIncomingEmail(10_000, before + 1)).isTrue();
    Thread.sleep(300); // a message for the unknown address would have come by now
    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(before + 1);
    MimeMessage message = received[before];
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ann.reset@example.org");
    assertThat(message.getFrom()[0].toString()).isEqualTo("news@example.org");
    Matcher link = Pattern.compile(Pattern.quote(base) + "(/reset\\?token=[A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(message));
    assertThat(link.find()).as(GreenMailUtil.getBody(message)).isTrue();
    String token = link.group(1).substring("/reset?token=".length());
    HttpResponse<String> done = b.submit(link.group(1), "/reset", "token", token, "password", "a new password here");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(ann.get("/account").statusCode()).as("the reset signs every session out").isEqualTo(303);
    assertThat(new Browser(base).signIn("ann.reset@example.org", "a new password here").statusCode()).isEqualTo(303);
    assertThat(b.submit(link.group(1), "/reset", "token", token, "password", "another new password").statusCode()).as("used once").isEqualTo(400);
  }

  @Test
  void signUpByInvitationGrantsMembershipAndTheAdminManagesRoles() throws Exception {
    try {
      assertThat(admin.submit("/admin/users", "/admin/settings", "signup", "invite", "trialDays", "0").statusCode()).isEqualTo(303);
      HttpResponse<String> refused = new Browser(base).signUp("invited@example.org", PASSWORD);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("invitation code is needed");
      HttpResponse<String> made = admin.submit("/admin/invitations", "/admin/invitations", "member", "on", "days", "30");
      Matcher code = Pattern.compile("New invitation: ([A-Za-z0-9_-]+)").matcher(made.body());
      assertThat(code.find()).isTrue();
      Browser invited = new Browser(base);
      assertThat(invited.submit("/signup", "/signup", "email", "invited@example.org", "password", PASSWORD, "invite", code.group(1)).statusCode()).isEqualTo(303);
      assertThat(invited.get("/account").body()).contains("member until 31 Mar 2026");
      assertThat(admin.get("/admin/invitations").body()).contains(code.group(1)).contains("membership for 30 days").contains(", used ");
      String id = userId("invited@example.org");
      assertThat(admin.submit("/admin/users", "/admin/users/" + id + "/revoke").statusCode()).isEqualTo(303);
      assertThat(invited.get("/account").body()).contains("<dd>reader</dd>");
      assertThat(admin.submit("/admin/users", "/admin/users/" + id + "/grant", "days", "").statusCode()).isEqualTo(303);
      assertThat(invited.get("/account").body()).contains("<dd>member</dd>");
      assertThat(admin.submit("/admin/users", "/admin/users/" + id + "/remove").statusCode()).isEqualTo(303);
      assertThat(invited.get("/account").statusCode()).as("removed: its session is gone").isEqualTo(303);
    } finally {
      admin.submit("/admin/users", "/admin/settings", "signup", "open", "trialDays", "0");
    }
  }

  @Test
  void deletingOnesAccountNeedsThePasswordAndRemovesIt() throws Exception {
    Browser gone = signedUp("leaving@example.org");
    assertThat(gone.submit("/account", "/account/delete", "password", "not it at all").statusCode()).isEqualTo(400);
    HttpResponse<String> r = gone.submit("/account", "/account/delete", "password", PASSWORD);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Account deleted");
    assertThat(gone.get("/account").statusCode()).isEqualTo(303);
    assertThat(new Browser(base).signIn("leaving@example.org", PASSWORD).statusCode()).isEqualTo(401);
    assertThat(admin.get("/admin/users").body()).doesNotContain("leaving@example.org");
  }

  @Test
  void signInRedirectsOnlyWithinTheSite() {
    assertThat(AccountRoutes.safeNext("/stories/1")).isEqualTo("/stories/1");
    assertThat(AccountRoutes.safeNext("//evil.example")).isNull();
    assertThat(AccountRoutes.safeNext("https://evil.example")).isNull();
    assertThat(AccountRoutes.safeNext("/\\evil.example")).isNull();
  }
}

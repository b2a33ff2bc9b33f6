package dev.parallax.server;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One person's browser against a test server: its own cookies, no redirects followed, forms posted. */
final class Browser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  final String base;
  final CookieManager cookies = new CookieManager();
  final HttpClient http;

  Browser(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form as the page would, with fields in order; no CSRF field unless given. */
  HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form with the CSRF token of the page at {@code formPage}, as a person filling it would. */
  HttpResponse<String> submit(String formPage, String path, String... keyValues) throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", csrf(get(formPage).body()));
    for (int i = 0; i < keyValues.length; i += 2) fields.put(keyValues[i], keyValues[i + 1]);
    return post(path, fields);
  }

  HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The CSRF token of the current session (or form cookie), as any page with a form shows it. */
  String csrf() throws IOException, InterruptedException {
    HttpResponse<String> account = get("/account");
    return csrf(account.statusCode() == 200 ? account.body() : get("/signin").body());
  }

  static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) throw new IllegalStateException("no CSRF field in the page: " + html);
    return m.group(1);
  }

  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
  }

  void setCookie(String name, String value) {
    HttpCookie c = new HttpCookie(name, value);
    c.setPath("/");
    c.setVersion(0);
    cookies.getCookieStore().add(URI.create(base), c);
  }

  HttpResponse<String> signUp(String email, String password) throws IOException, InterruptedException {
    return submit("/signup", "/signup", "email", email, "password", password);
  }

  /** Signs in from wherever this browser is (signed in already or not). */
  HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", csrf());
    fields.put("email", email);
    fields.put("password", password);
    return post("/signin", fields);
  }
}

package dev.parallax.server;

import static dev.parallax.server.Html.enc;
import static dev.parallax.server.Html.esc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.members.MembersOnlyStore;
import dev.parallax.members.MembersOnlyStore.Change;
import dev.parallax.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;

/**
 * The admin's page and API for members-only titles: mark or unmark an outlet or a source. Only a viewer with
 * the admin role may read or change the marks; CSRF on the POSTs is checked where every state-changing route
 * is (the server's one {@code before} handler for them).
 */
final class MembersAdmin {

  static final String PAGE = "/admin/members-only";
  static final String API = "/api/admin/members-only";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MembersOnlyStore marks;
  private final Newsroom newsroom;
  private final java.util.function.Function<Context, String> csrf;

  /** @param csrf the request's CSRF token, put in every form */
  MembersAdmin(MembersOnlyStore marks, Newsroom newsroom, java.util.function.Function<Context, String> csrf) {
    this.csrf = csrf;
    this.marks = marks;
    this.newsroom = newsroom;
  }

  /** The outlets and sources with their marks, as the API gives them. */
  record Marks(List<MembersOnlyStore.OutletMark> outlets, List<MembersOnlyStore.SourceMark> sources) {}

  /** What a mark request did: {@code changed} is false when it was already so. */
  record Marked(String outlet, Long source, boolean membersOnly, boolean changed) {}

  void routes(Javalin app) {
    app.get(PAGE, ctx -> {
      requireAdmin(ctx);
      ctx.html(Pages.layout("Members-only titles", "", page(marks.outlets(), marks.sources(), ctx.queryParam("done"), csrf.apply(ctx)), null));
    });
    app.post(PAGE, ctx -> {
      requireAdmin(ctx);
      Marked m = mark(ctx.formParam("outlet"), ctx.formParam("source"), ctx.formParam("membersOnly"));
      String what = m.outlet() != null ? "outlet " + m.outlet() : "source " + m.source();
      ctx.redirect(PAGE + "?done=" + enc(what + (m.membersOnly() ? " is members-only" : " is open to everyone")), io.javalin.http.HttpStatus.SEE_OTHER);
    });
    app.get(API, ctx -> {
      requireAdmin(ctx);
      ctx.json(new Marks(marks.outlets(), marks.sources()));
    });
    app.post(API, ctx -> {
      requireAdmin(ctx);
      JsonNode body;
      try {
        body = JSON.readTree(ctx.body());
      } catch (JsonProcessingException e) {
        throw new BadRequestResponse("body is not JSON like {\"outlet\": \"the-times\", \"membersOnly\": true}");
      }
      if (body == null || !body.isObject())
        throw new BadRequestResponse("body must be a JSON object like {\"source\": 3, \"membersOnly\": false}");
      JsonNode outlet = body.get("outlet");
      JsonNode source = body.get("source");
      JsonNode on = body.get("membersOnly");
      if (on == null || !on.isBoolean()) throw new BadRequestResponse("\"membersOnly\" must be true or false");
      if (outlet != null && !outlet.isTextual()) throw new BadRequestResponse("\"outlet\" must be an outlet's id or name");
      if (source != null && !source.canConvertToLong()) throw new BadRequestResponse("\"source\" must be a source's id (a number)");
      ctx.json(mark(outlet == null ? null : outlet.textValue(), source == null ? null : source.asText(), String.valueOf(on.booleanValue())));
    });
  }

  private Marked mark(String outlet, String source, String on) throws StoreException {
    boolean hasOutlet = outlet != null && !outlet.isBlank();
    boolean hasSource = source != null && !source.isBlank();
    if (hasOutlet == hasSource) throw new BadRequestResponse("give either an outlet or a source, not " + (hasOutlet ? "both" : "neither"));
    if (!"true".equals(on) && !"false".equals(on)) throw new BadRequestResponse("membersOnly must be true or false, was \"" + on + "\"");
    boolean membersOnly = Boolean.parseBoolean(on);
    Change change;
    Long sourceId = null;
    if (hasOutlet) change = marks.markOutlet(outlet, membersOnly);
    else {
      try {
        sourceId = Long.parseLong(source.strip());
      } catch (NumberFormatException e) {
        throw new BadRequestResponse("source must be a source's id (a number), was \"" + source + "\"");
      }
      change = marks.markSource(sourceId, membersOnly);
    }
    if (change == Change.UNKNOWN)
      throw new NotFoundResponse(hasOutlet ? "no outlet \"" + outlet + "\" (see /api/outlets)" : "no source " + sourceId);
    if (change == Change.CHANGED) newsroom.marksChanged();
    return new Marked(hasOutlet ? outlet.strip() : null, sourceId, membersOnly, change == Change.CHANGED);
  }

  private static void requireAdmin(Context ctx) {
    Viewer v = Paywall.viewer(ctx);
    if (!v.signedIn()) throw new UnauthorizedResponse("sign in as an admin to manage members-only titles");
    if (!v.admin()) throw new ForbiddenResponse("only an admin may manage members-only titles");
  }

  private static String page(List<MembersOnlyStore.OutletMark> outlets, List<MembersOnlyStore.SourceMark> sources, String done, String token) {
    StringBuilder b = new StringBuilder("<h1>Members-only titles</h1>")
        .append("<p class=\"meta\">Everyone sees the headlines of a members-only outlet or source and the story briefs built")
        .append(" from them; only members read its articles in full.</p>");
    if (done != null && !done.isBlank()) b.append("<p class=\"note\" role=\"status\">").append(esc(done)).append("</p>");
    b.append("<h2>Outlets</h2><ul class=\"lines\">");
    for (MembersOnlyStore.OutletMark o : outlets)
      b.append("<li class=\"item\">").append(esc(o.name())).append(o.membersOnly() ? " " + Paywall.label() : "")
          .append(form("outlet", o.id(), !o.membersOnly(), token)).append("</li>");
    if (outlets.isEmpty()) b.append("<li class=\"empty\">No outlets yet.</li>");
    b.append("</ul><h2>Sources</h2><ul class=\"lines\">");
    for (MembersOnlyStore.SourceMark s : sources)
      b.append("<li class=\"item\">").append(esc(s.name() == null ? s.url() : s.name())).append(" <span class=\"muted\">")
          .append(esc(s.url())).append("</span>").append(s.membersOnly() ? " " + Paywall.label() : "")
          .append(form("source", String.valueOf(s.id()), !s.membersOnly(), token)).append("</li>");
    if (sources.isEmpty()) b.append("<li class=\"empty\">No sources yet (<code>bin/parallax sources add URL</code>).</li>");
    return b.append("</ul>").toString();
  }

  /** One mark or unmark button; a form, so the page needs no script. */
  private static String form(String kind, String id, boolean mark, String token) {
    return "<form class=\"inline\" method=\"post\" action=\"" + PAGE + "\"><input type=\"hidden\" name=\"" + kind + "\" value=\""
        + esc(id) + "\"><input type=\"hidden\" name=\"membersOnly\" value=\"" + mark + "\">"
        + "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(token) + "\">"
        + "<button type=\"submit\"" + (mark ? "" : " class=\"secondary\"") + ">"
        + (mark ? "Make members-only" : "Open to everyone") + "</button></form>";
  }
}

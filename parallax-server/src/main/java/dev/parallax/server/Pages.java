package dev.parallax.server;

import dev.parallax.digest.DigestStore;
import static dev.parallax.server.Html.enc;
import static dev.parallax.server.Html.esc;

import dev.parallax.domain.Article;
import dev.parallax.domain.Removed;
import dev.parallax.domain.SourceName;
import dev.parallax.server.Newsroom.ArticleLine;
import dev.parallax.server.Newsroom.ArticlePage;
import dev.parallax.server.Newsroom.OutletPage;
import dev.parallax.server.Newsroom.OutletSummary;
import dev.parallax.server.Newsroom.StoryCard;
import dev.parallax.server.Newsroom.StoryPage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The server-rendered pages. Every value from outside goes through {@link Html#esc}. */
final class Pages {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private Pages() {}

  static String layout(String title, String active, String body, String feedUrl) {
    StringBuilder b = new StringBuilder(body.length() + 2048);
    b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append(" · Parallax</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/style.css\">");
    if (feedUrl != null)
      b.append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(esc(title))
          .append("\" href=\"").append(esc(feedUrl)).append("\">");
    b.append("<script src=\"/static/app.js\" defer></script></head><body>")
        .append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
        .append("<header class=\"top\"><div class=\"bar\"><a class=\"brand\" href=\"/\">Parallax</a><nav>")
        .append(nav("/", "Top stories", active))
        .append(nav("/outlets", "Outlets", active))
        .append(nav("/entities", "People &amp; places", active))
        .append(nav("/search", "Search", active))
        .append(nav("/account", "Account", active))
        .append("</nav><form class=\"quick\" action=\"/search\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" placeholder=\"Search articles\" aria-label=\"Search articles\">")
        .append("</form></div></header><main id=\"main\">")
        .append(body)
        .append("</main><footer><p>Parallax — every story from all its outlets. ")
        .append("Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>Enter</kbd> open, <kbd>/</kbd> search.")
        .append(" <a href=\"/api/openapi.json\">API</a>");
    if (feedUrl != null) b.append(" · <a href=\"").append(esc(feedUrl)).append("\">Atom feed</a>");
    b.append("</p></footer></body></html>");
    return b.toString();
  }

  private static String nav(String href, String label, String active) {
    return "<a href=\"" + href + "\"" + (href.equals(active) ? " aria-current=\"page\"" : "") + ">" + label + "</a>";
  }

  static String home(List<StoryCard> top, List<StoryCard> picks, int offset, int total) {
    StringBuilder b = new StringBuilder();
    if (!picks.isEmpty() && offset == 0) {
      b.append("<section class=\"picks\" aria-labelledby=\"picks-h\"><h2 id=\"picks-h\">Editors’ picks</h2><ol class=\"cards\">");
      for (StoryCard c : picks) b.append(card(c, true));
      b.append("</ol></section>");
    }
    b.append("<section aria-labelledby=\"top-h\"><h1 id=\"top-h\">Top stories</h1>");
    if (top.isEmpty())
      b.append("<p class=\"empty\">No stories yet. Ingest some articles: <code>bin/parallax ingest FOLDER</code>.</p>");
    b.append("<ol class=\"cards\">");
    for (StoryCard c : top) b.append(card(c, false));
    b.append("</ol><nav class=\"pager muted\" aria-label=\"More stories\">");
    if (offset > 0) b.append("<a rel=\"prev\" href=\"/?offset=").append(Math.max(0, offset - top.size())).append("\">← Previous</a> ");
    b.append("Stories ").append(top.isEmpty() ? 0 : offset + 1).append("–").append(offset + top.size()).append(" of ").append(total);
    if (offset + top.size() < total) b.append(" <a rel=\"next\" href=\"/?offset=").append(offset + top.size()).append("\">More stories →</a>");
    b.append("</nav></section>");
    return b.toString();
  }

  static String card(StoryCard c, boolean showNote) {
    StringBuilder b = new StringBuilder("<li class=\"card item\">");
    b.append("<h3><a href=\"/stories/").append(enc(c.id())).append("\">").append(esc(c.title())).append("</a>");
    if (c.picked()) b.append(" <span class=\"badge\">Pick</span>");
    b.append("</h3>");
    if (showNote && c.pickNote() != null && !c.pickNote().isBlank())
      b.append("<p class=\"note\">").append(esc(c.pickNote())).append("</p>");
    if (!c.summary().isBlank()) b.append("<p class=\"summary\">").append(esc(c.summary())).append("</p>");
    b.append("<p class=\"meta\"><span class=\"outlets\">").append(esc(outletList(c.outlets())))
        .append("</span> · ").append(c.articles()).append(c.articles() == 1 ? " article" : " articles")
        .append(" · ").append(span(c.first(), c.last())).append("</p></li>");
    return b.toString();
  }

  static String outletList(List<String> outlets) {
    if (outlets.isEmpty()) return "Unknown outlet";
    if (outlets.size() <= 4) return String.join(", ", outlets);
    return String.join(", ", outlets.subList(0, 4)) + " and " + (outlets.size() - 4) + " more";
  }

  static String span(Instant first, Instant last) {
    if (first == null && last == null) return "time unknown";
    if (first == null || last == null || first.equals(last)) return time(first == null ? last : first);
    Duration d = Duration.between(first, last);
    String length = d.toDays() >= 2 ? d.toDays() + " days" : d.toHours() >= 1 ? d.toHours() + " h" : d.toMinutes() + " min";
    return time(first) + " – " + time(last) + " (" + length + ")";
  }

  static String time(Instant t) {
    return t == null ? "" : "<time datetime=\"" + t + "\">" + MINUTE.format(t) + "</time>";
  }

  /**
   * @param related the related stories when already known; empty leaves them to a second request, so the
   *     page does not wait for a search over the whole index
   */
  static String story(StoryPage page, Optional<List<StoryCard>> related, boolean editable) {
    return story(page, related, editable, null, new Paywall.Gate(java.util.Set.of(), true));
  }

  /**
   * The story page, the coverage as {@code gate} shows it (the brief is everyone's).
   *
   * @param csrf an admin's CSRF token when signed in (the editor then needs no admin token), else null
   */
  static String story(StoryPage full, Optional<List<StoryCard>> related, boolean editable, String csrf, Paywall.Gate gate) {
    StoryPage page = new StoryPage(full.card(), gate.brief(full.brief(), full.coverage()), gate.shown(full.coverage()));
    StoryCard c = page.card();
    StringBuilder b = new StringBuilder("<article class=\"story\">");
    String headline = page.brief().headline() != null && !page.brief().headline().isBlank() ? page.brief().headline() : c.title();
    b.append("<h1>").append(esc(headline)).append("</h1>");
    b.append("<p class=\"meta\">").append(esc(outletList(c.outlets()))).append(" · ").append(c.articles())
        .append(c.articles() == 1 ? " article" : " articles").append(" · ").append(span(c.first(), c.last()));
    if (c.picked()) b.append(" · <span class=\"badge\">Editors’ pick</span>");
    b.append("</p>");
    StringBuilder cov = new StringBuilder("<section aria-labelledby=\"cov-h\"><h2 id=\"cov-h\">Coverage</h2><ol class=\"coverage\">");
    int n = 1;
    for (Article a : page.coverage()) {
      cov.append("<li class=\"item\" id=\"a-").append(esc(a.id())).append("\"><span class=\"num\">").append(n++).append("</span><div>")
          .append("<p class=\"meta\">").append(outletLink(a)).append(a.published() == null ? "" : " · " + time(a.published()));
      if (gate.marked(a.id())) cov.append(" · ").append(Paywall.label());
      String url = Html.safeUrl(a.url());
      if (url != null) cov.append(" · <a href=\"").append(esc(url)).append("\" rel=\"noopener noreferrer nofollow\">original</a>");
      cov.append("</p><a class=\"cov-link\" href=\"/articles/").append(enc(a.id())).append("\">")
          .append(esc(Newsroom.titleOf(a))).append("</a>")
          .append("<p class=\"lead\">").append(esc(Newsroom.leadOf(a))).append("</p></div></li>");
    }
    cov.append("</ol></section>");
    b.append(new BriefView(page.coverage()).render(page.brief(), cov.toString()));
    if (related.isEmpty()) {
      // not known yet: app.js fills the section in from the link, which also works on its own
      String url = "/stories/" + enc(c.id()) + "/related";
      b.append("<section aria-labelledby=\"rel-h\" class=\"related\" data-src=\"").append(url).append("?part=list\">")
          .append("<h2 id=\"rel-h\">Related stories</h2><p><a href=\"").append(url).append("\">Find related stories</a></p></section>");
    } else if (!related.get().isEmpty()) {
      b.append("<section aria-labelledby=\"rel-h\" class=\"related\"><h2 id=\"rel-h\">Related stories</h2>").append(related(related.get())).append("</section>");
    }
    if (editable) b.append(editor(c, csrf));
    b.append("</article>");
    return b.toString();
  }

  /** Related stories as a compact list of cards (also the fragment the story page loads). */
  static String related(List<StoryCard> related) {
    if (related.isEmpty()) return "<p class=\"empty\">No related stories yet.</p>";
    StringBuilder b = new StringBuilder("<ol class=\"cards compact\">");
    for (StoryCard r : related) b.append(card(r, false));
    return b.append("</ol>").toString();
  }

  static String relatedPage(Optional<StoryCard> story, List<StoryCard> related) {
    StringBuilder b = new StringBuilder("<h1>Related stories</h1>");
    story.ifPresent(c -> b.append("<p class=\"meta\">to <a href=\"/stories/").append(enc(c.id())).append("\">").append(esc(c.title())).append("</a></p>"));
    return b.append(related(related)).toString();
  }

  /**
   * The editors' form. A signed-in admin's page carries the CSRF token; otherwise the admin token stays in
   * this browser tab (sessionStorage) and goes in a header.
   */
  private static String editor(StoryCard c, String csrf) {
    return "<details class=\"editor\"><summary>Editor</summary><form id=\"pick-form\" data-story=\"" + esc(c.id()) + "\""
        + (csrf == null ? ">" : " data-csrf=\"" + esc(csrf) + "\">")
        + (csrf == null ? "<label>Admin token <input type=\"password\" name=\"token\" autocomplete=\"off\" required></label>" : "")
        + "<label>Note for readers <input type=\"text\" name=\"note\" maxlength=\"500\" value=\"" + esc(c.pickNote() == null ? "" : c.pickNote()) + "\"></label>"
        + "<div class=\"actions\"><button type=\"submit\" name=\"do\" value=\"pick\">" + (c.picked() ? "Update pick" : "Mark as editors’ pick") + "</button>"
        + (c.picked() ? " <button type=\"button\" class=\"secondary\" id=\"unpick\">Remove pick</button>" : "")
        + "</div><p class=\"muted\" id=\"pick-status\" role=\"status\"></p></form></details>";
  }

  static String outletLink(Article a) {
    if (a.outlet() == null) return "<span class=\"source\">" + esc(SourceName.of(a)) + "</span>";
    return "<a href=\"/outlets/" + enc(a.outlet().id()) + "\">" + esc(a.outlet().name()) + "</a>";
  }

  static String article(ArticlePage page) {
    return article(page, new Paywall.Gate(java.util.Set.of(), true));
  }

  /** The reading view; a withheld article shows its headline, outlet and date, and the way to sign up. */
  static String article(ArticlePage page, Paywall.Gate gate) {
    Article a = gate.shown(page.article());
    boolean withheld = gate.withheld(a.id());
    StringBuilder b = new StringBuilder("<article class=\"reader\">");
    if (page.story() != null)
      b.append("<p class=\"crumb\">Story: <a href=\"/stories/").append(enc(page.story().id())).append("\">")
          .append(esc(page.story().title())).append("</a> (").append(page.story().articles()).append(page.story().articles() == 1 ? " article)</p>" : " articles)</p>");
    b.append("<h1>").append(esc(Newsroom.titleOf(a))).append("</h1><p class=\"meta\">")
        .append(outletLink(a));
    if (a.byline() != null) b.append(" · ").append(esc(a.byline()));
    if (a.published() != null) b.append(" · ").append(time(a.published()));
    if (gate.marked(a.id())) b.append(" · ").append(Paywall.label());
    String url = Html.safeUrl(a.url());
    if (url != null)
      b.append(" · <a class=\"original\" href=\"").append(esc(url)).append("\" rel=\"noopener noreferrer nofollow\">Read the original</a>");
    b.append("</p>");
    if (withheld) return b.append(Paywall.signUpBox()).append("</article>").toString();
    b.append("<div class=\"body\">");
    for (String p : a.paragraphs()) b.append("<p>").append(esc(p)).append("</p>");
    b.append("</div>");
    if (!a.captions().isEmpty()) {
      b.append("<aside class=\"captions\" aria-label=\"Image captions\"><h2>Captions</h2><ul>");
      for (String c : a.captions()) b.append("<li>").append(esc(c)).append("</li>");
      b.append("</ul></aside>");
    }
    if (!a.removed().isEmpty()) {
      b.append("<details class=\"removed\"><summary>What extraction removed (").append(a.removed().size())
          .append(")</summary><ul>");
      for (Removed r : a.removed())
        b.append("<li><span class=\"reason\">").append(esc(r.reason())).append("</span> ").append(esc(r.text())).append("</li>");
      b.append("</ul></details>");
    }
    b.append("</article>");
    return b.toString();
  }

  static String outlets(List<OutletSummary> outlets) {
    StringBuilder b = new StringBuilder("<h1>Outlets</h1><ul class=\"lines\">");
    for (OutletSummary o : outlets)
      b.append("<li class=\"item\"><a href=\"/outlets/").append(enc(o.id())).append("\">").append(esc(o.name()))
          .append("</a> <span class=\"muted\">").append(o.articles()).append(o.articles() == 1 ? " article" : " articles").append("</span></li>");
    b.append("</ul>");
    return b.toString();
  }

  static String outlet(OutletPage page) {
    StringBuilder b = new StringBuilder("<h1>").append(esc(page.outlet().name())).append("</h1><p class=\"meta\">")
        .append(page.outlet().articles()).append(page.outlet().articles() == 1 ? " article" : " articles").append(" · <a href=\"/search?outlet=").append(enc(page.outlet().id()))
        .append("\">search this outlet</a></p><ul class=\"lines\">");
    for (ArticleLine l : page.articles()) b.append(line(l));
    b.append("</ul>");
    return b.toString();
  }

  static String entities(List<DigestStore.EntitySummary> entities) {
    StringBuilder b = new StringBuilder("<h1>People, organisations and places</h1>")
        .append("<p class=\"meta\">Named in the most stories first; spellings are merged within each story.</p><ul class=\"lines\">");
    for (DigestStore.EntitySummary e : entities)
      b.append("<li class=\"item\"><a href=\"/entities/").append(enc(e.key())).append("\">").append(esc(e.name()))
          .append("</a> <span class=\"muted\">").append(esc(BriefView.typeLabel(e.type()).toLowerCase(Locale.ROOT))).append(" · ")
          .append(e.stories()).append(e.stories() == 1 ? " story" : " stories").append("</span></li>");
    return b.append("</ul>").toString();
  }

  static String entity(EntityDesk.EntityPage page) {
    StringBuilder b = new StringBuilder("<h1>").append(esc(page.name())).append("</h1><p class=\"meta\">")
        .append(esc(BriefView.typeLabel(page.type()))).append(" · ").append(page.stories().size())
        .append(page.stories().size() == 1 ? " story" : " stories").append(" · <a href=\"/search?q=")
        .append(enc("\"" + page.name() + "\"")).append("\">search the articles</a></p>")
        .append("<form class=\"within\" action=\"/search\" role=\"search\"><input type=\"hidden\" name=\"entity\" value=\"")
        .append(esc(page.key())).append("\"><input type=\"search\" name=\"q\" aria-label=\"Search the articles naming ")
        .append(esc(page.name())).append("\" placeholder=\"Search the articles naming ").append(esc(page.name())).append("\"></form>");
    if (!page.quotes().isEmpty()) {
      b.append("<h2>Quotes</h2>");
      for (EntityDesk.QuoteLine q : page.quotes()) {
        b.append("<blockquote class=\"item\">“").append(esc(q.text())).append("”<span class=\"by\">")
            .append(q.sources().size()).append(q.sources().size() == 1 ? " article" : " articles");
        if (q.storyTitle() != null)
          b.append(" · <a href=\"/stories/").append(enc(q.storyId())).append("\">").append(esc(q.storyTitle())).append("</a>");
        b.append("</span></blockquote>");
      }
    }
    b.append("<h2>Stories</h2><ol class=\"cards\">");
    for (StoryCard c : page.stories()) b.append(card(c, false));
    return b.append("</ol>").toString();
  }

  static String line(ArticleLine l) {
    StringBuilder b = new StringBuilder("<li class=\"item\"><a href=\"/articles/").append(enc(l.id())).append("\">")
        .append(esc(l.title())).append("</a> ").append(l.membersOnly() ? Paywall.label() + " " : "").append("<span class=\"muted\">")
        .append(l.time() == null ? "" : DAY.format(l.time()));
    if (l.storyId() != null) b.append(" · <a href=\"/stories/").append(enc(l.storyId())).append("\">story</a>");
    return b.append("</span></li>").toString();
  }

  /** The search page; results are rendered on the server too, so it works without JavaScript. */
  static String search(String q, String outletId, String from, String to, String entity, List<OutletSummary> outlets, String results) {
    StringBuilder b = new StringBuilder("<h1>Search</h1><form class=\"search\" id=\"search-form\" action=\"/search\" role=\"search\">");
    b.append("<input id=\"q\" type=\"search\" name=\"q\" autocomplete=\"off\" autofocus aria-label=\"Query\" value=\"")
        .append(esc(q)).append("\" placeholder=\"riyadh talks, &quot;foreign minister&quot;, title:ukraine\">")
        .append("<div class=\"filters\"><label>Outlet <select name=\"outlet\" id=\"outlet\"><option value=\"\">any</option>");
    for (OutletSummary o : outlets)
      b.append("<option value=\"").append(esc(o.id())).append("\"").append(o.id().equals(outletId) ? " selected" : "")
          .append(">").append(esc(o.name())).append("</option>");
    b.append("</select></label><label>From <input type=\"date\" name=\"from\" id=\"from\" value=\"").append(esc(from))
        .append("\"></label><label>To <input type=\"date\" name=\"to\" id=\"to\" value=\"").append(esc(to))
        .append("\"></label>");
    if (entity != null && !entity.isBlank())
      b.append("<label>Naming <input type=\"text\" name=\"entity\" id=\"entity\" value=\"").append(esc(entity)).append("\"></label>");
    b.append("<button type=\"submit\">Search</button></div></form>")
        .append("<div id=\"results\" aria-live=\"polite\">").append(results).append("</div>");
    return b.toString();
  }

  static String results(Api.SearchResponse r) {
    if (r == null) return "<p class=\"muted\">Type to search every article. Phrases in quotes, <code>title:word</code>, <code>-word</code>.</p>";
    StringBuilder b = new StringBuilder("<p class=\"muted\" id=\"count\">").append(r.total()).append(r.total() == 1 ? " result" : " results");
    if (r.feed() != null) b.append(" · <a href=\"").append(esc(r.feed())).append("\">Atom feed of this search</a>");
    b.append("</p><ol class=\"results\">");
    for (Api.SearchHit h : r.hits()) {
      b.append("<li class=\"item\"><a class=\"hit\" href=\"/articles/").append(enc(h.id())).append("\">")
          .append(esc(h.title() == null ? "(untitled)" : h.title())).append("</a><p class=\"meta\">")
          .append(esc(h.outlet() == null ? "Unknown outlet" : h.outlet()));
      if (h.membersOnly()) b.append(" · ").append(Paywall.label());
      if (h.published() != null) b.append(" · ").append(DAY.format(h.published()));
      if (h.story() != null) b.append(" · <a href=\"/stories/").append(enc(h.story())).append("\">story</a>");
      // the snippet is already escaped by the highlighter, with only <mark> added
      b.append("</p><p class=\"snippet\">").append(h.snippet()).append("</p></li>");
    }
    return b.append("</ol>").toString();
  }

  static String error(int status, String message) {
    return "<h1>" + (status == 404 ? "Not found" : "Something went wrong") + "</h1><p>" + esc(message)
        + "</p><p><a href=\"/\">Back to top stories</a></p>";
  }
}

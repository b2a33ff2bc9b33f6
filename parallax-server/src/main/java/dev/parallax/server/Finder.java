package dev.parallax.server;

import dev.parallax.domain.Article;
import dev.parallax.server.Newsroom.ArticleLine;
import dev.parallax.store.StoreException;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns search parameters into a search over the index and hits with highlighted snippets. The index holds
 * every article's full text, members-only ones too (a member finds them by any word), so what a hit shows is
 * decided here: a members-only hit comes to a viewer who does not read it with its headline and no snippet.
 */
final class Finder {

  private final ArticleSearch search;
  private final Newsroom newsroom;
  private final EntityDesk entities;
  private final Paywall paywall;

  Finder(ArticleSearch search, Newsroom newsroom, EntityDesk entities, Paywall paywall) {
    this.search = search;
    this.newsroom = newsroom;
    this.entities = entities;
    this.paywall = paywall;
  }

  /** The parameters as the reader gave them; blank means absent. Bad values are a 400. */
  record Params(String q, String outlet, String from, String to, String entity, int offset, int limit) {}

  Api.SearchResponse find(Params p, Viewer viewer) throws StoreException, IOException {
    String outletName = null;
    if (present(p.outlet())) {
      outletName =
          newsroom.outletSummary(p.outlet()).map(Newsroom.OutletSummary::name)
              .orElseThrow(() -> new BadRequestResponse("unknown outlet \"" + p.outlet() + "\" (see /api/outlets)"));
    }
    Set<String> naming = null;
    if (present(p.entity())) {
      naming =
          entities.articlesNaming(p.entity()).map(EntityDesk.Named::articleIds)
              .orElseThrow(() -> new BadRequestResponse("unknown entity \"" + p.entity() + "\" (see /api/entities)"));
    }
    Instant from = present(p.from()) ? day(p.from(), "from").atStartOfDay().toInstant(ZoneOffset.UTC) : null;
    Instant to = present(p.to()) ? day(p.to(), "to").plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1) : null;
    ArticleSearch.Request request;
    try {
      request = new ArticleSearch.Request(p.q(), outletName, from, to, naming, p.offset(), p.limit());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ArticleSearch.Result result;
    try {
      result = search.search(request, id -> newsroom.cachedArticle(id).map(Article::body).orElse(""));
    } catch (ArticleSearch.BadQueryException e) {
      throw new BadRequestResponse(e.getMessage());
    } catch (ArticleSearch.TimedOutException e) {
      throw new ServiceUnavailableResponse(e.getMessage());
    }
    Paywall.Gate gate = paywall.gate(viewer, result.matches().stream().map(ArticleSearch.Match::articleId).toList());
    List<Api.SearchHit> hits = new ArrayList<>();
    for (ArticleSearch.Match m : result.matches()) {
      Optional<Article> a = newsroom.cachedArticle(m.articleId());
      if (a.isEmpty()) continue;
      Article article = gate.shown(a.get());
      // the outlet filter is a phrase over analysed names ("The Times" also matches "Times of India"):
      // the id decides
      if (present(p.outlet()) && (article.outlet() == null || !article.outlet().id().equals(p.outlet()))) continue;
      // highlighted from the full text: dropped, not shown, when withheld
      String snippet = gate.withheld(article.id()) ? "" : m.snippet();
      if (snippet.isBlank()) snippet = Html.esc(Newsroom.leadOf(article));
      ArticleLine line = newsroom.line(article.id());
      hits.add(
          new Api.SearchHit(
              article.id(), Newsroom.titleOf(article), article.outletName(), article.outlet() == null ? null : article.outlet().id(),
              article.published(), line == null ? null : line.storyId(), snippet, m.score(), gate.marked(article.id())));
    }
    return new Api.SearchResponse(p.q(), result.total(), p.offset(), hits, feedUrl(p));
  }

  static String feedUrl(Params p) {
    StringBuilder b = new StringBuilder("/feeds/search.atom?q=").append(Html.enc(p.q()));
    if (present(p.outlet())) b.append("&outlet=").append(Html.enc(p.outlet()));
    if (present(p.from())) b.append("&from=").append(Html.enc(p.from()));
    if (present(p.to())) b.append("&to=").append(Html.enc(p.to()));
    if (present(p.entity())) b.append("&entity=").append(Html.enc(p.entity()));
    return b.toString();
  }

  static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static LocalDate day(String s, String name) {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse(name + " must be a date like 2025-02-18, was \"" + s + "\"");
    }
  }
}

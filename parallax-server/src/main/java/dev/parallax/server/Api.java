package dev.parallax.server;

import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.server.Newsroom.StoryCard;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the API under {@code /api}; documented in {@code /api/openapi.json}. */
final class Api {

  private Api() {}

  record Page<T>(int offset, int total, List<T> items) {}

  /** A hit; the snippet of a members-only article is empty for a viewer who does not read it. */
  record SearchHit(
      String id, String title, String outlet, String outletId, Instant published, String story, String snippet, float score,
      boolean membersOnly) {}

  record SearchResponse(String query, long total, int offset, List<SearchHit> hits, String feed) {}

  /** An article as listed in a story's coverage (no body; no lead either when withheld from the viewer). */
  record CoverageItem(
      String id, String title, String outlet, String outletId, Instant published, String url, String lead, boolean membersOnly) {
    static CoverageItem of(Article a, Paywall.Gate gate) {
      Article shown = gate.shown(a);
      return new CoverageItem(
          a.id(), a.title(), a.outletName(), a.outlet() == null ? null : a.outlet().id(), a.published(),
          Html.safeUrl(a.url()), Newsroom.leadOf(shown), gate.marked(a.id()));
    }
  }

  record StoryResponse(StoryCard story, Brief brief, List<CoverageItem> coverage, List<StoryCard> related) {}

  /**
   * An article with its story; only http(s) URLs leave the API, as only they become links on the pages. A
   * members-only article comes without paragraphs, captions or cut text ({@code withheld}) to a viewer who is
   * not a member.
   */
  record ArticleResponse(Article article, StoryCard story, boolean membersOnly, boolean withheld) {
    static ArticleResponse of(Article full, StoryCard story, Paywall.Gate gate) {
      Article a = gate.shown(full);
      Outlet outlet =
          a.outlet() == null ? null : new Outlet(a.outlet().id(), a.outlet().name(), Html.safeUrl(a.outlet().homepage()));
      Article safe =
          new Article(
              a.id(), outlet, Html.safeUrl(a.url()), a.file(), a.title(), a.byline(), a.section(), a.published(),
              a.language(), a.paragraphs(), a.captions(), a.removed(), a.contentHash());
      return new ArticleResponse(safe, story, gate.marked(a.id()), gate.withheld(a.id()));
    }
  }

  record Pick(String story, String note) {}

  record Error(int status, String message) {}
}

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

  record SearchHit(String id, String title, String outlet, String outletId, Instant published, String story, String snippet, float score) {}

  record SearchResponse(String query, long total, int offset, List<SearchHit> hits, String feed) {}

  /** An article as listed in a story's coverage (no body). */
  record CoverageItem(String id, String title, String outlet, String outletId, Instant published, String url, String lead) {
    static CoverageItem of(Article a) {
      return new CoverageItem(
          a.id(), a.title(), a.outletName(), a.outlet() == null ? null : a.outlet().id(), a.published(),
          Html.safeUrl(a.url()), Newsroom.leadOf(a));
    }
  }

  record StoryResponse(StoryCard story, Brief brief, List<CoverageItem> coverage, List<StoryCard> related) {}

  /** An article with its story; only http(s) URLs leave the API, as only they become links on the pages. */
  record ArticleResponse(Article article, StoryCard story) {
    static ArticleResponse of(Article a, StoryCard story) {
      Outlet outlet =
          a.outlet() == null ? null : new Outlet(a.outlet().id(), a.outlet().name(), Html.safeUrl(a.outlet().homepage()));
      Article safe =
          new Article(
              a.id(), outlet, Html.safeUrl(a.url()), a.file(), a.title(), a.byline(), a.section(), a.published(),
              a.language(), a.paragraphs(), a.captions(), a.removed(), a.contentHash());
      return new ArticleResponse(safe, story);
    }
  }

  record Pick(String story, String note) {}

  record Error(int status, String message) {}
}

package dev.parallax.server;

import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
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

  record ArticleResponse(Article article, StoryCard story) {}

  record Pick(String story, String note) {}

  record Error(int status, String message) {}
}

package dev.parallax.server;

import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.members.MembersOnlyStore;
import dev.parallax.store.StoreException;
import io.javalin.http.Context;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Decides, per request, which articles' text a viewer may read: everyone sees a members-only article's
 * headline, outlet and date; only a viewer who {@link Viewer#readsMembersOnly reads members-only titles} gets
 * its text. Views never decide this themselves: they are handed the article as this class shows it ({@link
 * Gate#shown}), with no paragraphs, captions or cut text when withheld, so a page or an answer built from it
 * cannot carry the body by mistake.
 */
final class Paywall {

  /** The request attribute holding the request's {@link Viewer}. */
  private static final String VIEWER = "parallax.viewer";

  static final String SIGN_UP = "Sign up to read this article";
  static final String SIGN_IN = "Already a member? Sign in";

  private final MembersOnlyStore marks;
  private final InstantSource clock;

  Paywall(MembersOnlyStore marks, InstantSource clock) {
    this.marks = marks;
    this.clock = clock;
  }

  /** Asks {@code viewers} who sent the request, once, and keeps the answer for the rest of it. */
  static void remember(Context ctx, Viewers viewers) {
    Viewer v = viewers.of(ctx);
    ctx.attribute(VIEWER, v == null ? Viewer.ANONYMOUS : v);
  }

  /** Who sent the request (anonymous if nobody said). */
  static Viewer viewer(Context ctx) {
    Viewer v = ctx.attribute(VIEWER);
    return v == null ? Viewer.ANONYMOUS : v;
  }

  /**
   * What the request's viewer may read of these articles.
   *
   * @param membersOnly those of them that are members-only (whether or not this viewer reads them)
   * @param readsAll whether this viewer reads members-only text
   */
  record Gate(Set<String> membersOnly, boolean readsAll) {
    Gate {
      membersOnly = Set.copyOf(membersOnly);
    }

    boolean marked(String articleId) {
      return membersOnly.contains(articleId);
    }

    boolean withheld(String articleId) {
      return !readsAll && membersOnly.contains(articleId);
    }

    /** The article as this viewer may see it: without its text when withheld. */
    Article shown(Article a) {
      return withheld(a.id()) ? redacted(a) : a;
    }

    List<Article> shown(List<Article> articles) {
      return articles.stream().map(this::shown).toList();
    }

    /** Whether a statement backed by these articles may be shown: one of them at least is readable. */
    boolean open(List<String> sources) {
      return readsAll || sources.stream().anyMatch(id -> !withheld(id));
    }

    /**
     * The brief as this viewer may see it. An extractive brief lists as facts the sentences that a single
     * article states, so the brief of a story with a members-only article would otherwise carry most of its
     * text: a statement, quote or claim only members-only articles back is left out, one that any other
     * article backs stays and cites the members-only outlet too. Names, dates, the timeline of headlines and
     * a headline that is an article's title stay; a headline made of an article's words goes.
     */
    Brief brief(Brief b, List<Article> coverage) {
      if (readsAll || membersOnly.isEmpty()) return b;
      List<Brief.Disagreement> disagreements = new ArrayList<>();
      for (Brief.Disagreement d : b.disagreements()) {
        List<Brief.Sourced> claims = d.claims().stream().filter(c -> open(c.sources())).toList();
        if (claims.size() >= 2) disagreements.add(new Brief.Disagreement(d.about(), d.kind(), claims));
      }
      boolean titled = coverage.stream().anyMatch(a -> a.title() != null && a.title().strip().equals(b.headline() == null ? null : b.headline().strip()));
      return new Brief(
          titled ? b.headline() : "",
          b.summary().stream().filter(x -> open(x.sources())).toList(),
          b.facts().stream().filter(x -> open(x.sources())).toList(),
          b.quotes().stream().filter(q -> open(q.sources())).toList(),
          b.entities(), disagreements, b.timeline(), b.notes());
    }

    /** An entity's page as this viewer may see it: quotes only members-only articles carry are left out. */
    EntityDesk.EntityPage entity(EntityDesk.EntityPage page) {
      if (readsAll || membersOnly.isEmpty()) return page;
      List<EntityDesk.QuoteLine> quotes = page.quotes().stream().filter(q -> open(q.sources())).toList();
      return new EntityDesk.EntityPage(page.key(), page.name(), page.type(), page.stories(), quotes);
    }
  }

  Gate gate(Context ctx, Collection<String> articleIds) throws StoreException {
    return gate(viewer(ctx), articleIds);
  }

  Gate gate(Viewer viewer, Collection<String> articleIds) throws StoreException {
    Set<String> marked = articleIds.isEmpty() ? Set.of() : marks.membersOnly(articleIds);
    return new Gate(marked, viewer.readsMembersOnly(clock.instant()));
  }

  /** The article's headline, outlet, date and links, without a word of its text. */
  static Article redacted(Article a) {
    return new Article(
        a.id(), a.outlet(), a.url(), a.file(), a.title(), a.byline(), a.section(), a.published(), a.language(),
        List.of(), List.of(), List.of(), a.contentHash());
  }

  /** What stands in a withheld article's place, linking to sign-up and sign-in. */
  static String signUpBox() {
    return "<div class=\"paywall\"><p><a class=\"signup\" href=\"/signup\">" + SIGN_UP + "</a></p>"
        + "<p>Already a member? <a href=\"/signin\">Sign in</a></p></div>";
  }

  /** The small label that marks a members-only article wherever it is listed. */
  static String label() {
    return "<span class=\"badge members\" title=\"Members-only title\">Members</span>";
  }
}

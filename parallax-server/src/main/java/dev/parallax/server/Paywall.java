package dev.parallax.server;

import dev.parallax.domain.Article;
import dev.parallax.members.MembersOnlyStore;
import dev.parallax.store.StoreException;
import io.javalin.http.Context;
import java.time.InstantSource;
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

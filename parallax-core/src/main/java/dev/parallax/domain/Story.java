package dev.parallax.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Coverage of one event: the articles that report it, in arrival order, with near-duplicates marked.
 *
 * @param members the articles, each with the original it copies if it is a near-duplicate
 * @param first publication (or arrival) time of the earliest member, if known
 * @param last publication (or arrival) time of the latest member, if known
 */
public record Story(String id, String title, List<Member> members, Instant first, Instant last) {

  public Story {
    Objects.requireNonNull(id, "id");
    members = List.copyOf(members);
  }

  /** One article's place in a story. {@code duplicateOf} is the id of the article it copies, or null. */
  public record Member(String articleId, String duplicateOf) {
    public Member {
      Objects.requireNonNull(articleId, "articleId");
    }
  }

  public List<String> articleIds() {
    return members.stream().map(Member::articleId).toList();
  }
}

package dev.parallax.cluster;

import dev.parallax.domain.Article;
import java.util.List;

/**
 * The placeholder until real clustering lands: every article is a story of its own. Outputs say so
 * through {@link #method()}.
 */
public final class SingletonClusterer implements StoryClusterer {

  @Override
  public Assignment assign(Article article) {
    return new Assignment("s-" + article.id(), null, List.of());
  }

  @Override
  public void restore(Article article, String storyId, String duplicateOf) {}

  @Override
  public String method() {
    return "none yet: each article is its own story (clustering is not implemented)";
  }
}

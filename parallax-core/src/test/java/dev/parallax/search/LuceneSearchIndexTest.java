package dev.parallax.search;

import static dev.parallax.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {

  @TempDir Path dir;

  @Test
  void findsArticlesByWordsAndPhrasesAndKeepsThemAfterReopening() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("riyadh", "Reuters", "US and Russian officials met in Riyadh on Tuesday."));
      index.index(article("match", "BBC", "The match ended in a draw after extra time."));
      index.commit();

      assertThat(index.search("officials meeting", 10)).extracting(SearchIndex.Hit::articleId).containsExactly("riyadh");
      assertThat(index.search("\"extra time\"", 10)).extracting(SearchIndex.Hit::articleId).containsExactly("match");
    }
    try (LuceneSearchIndex reopened = new LuceneSearchIndex(dir)) {
      assertThat(reopened.size()).isEqualTo(2);
      assertThat(reopened.search("draw", 10)).extracting(SearchIndex.Hit::articleId).containsExactly("match");
    }
  }

  @Test
  void replacesAnArticleIndexedTwice() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("a", null, "First version."));
      index.index(article("a", null, "Second version."));
      index.commit();

      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void explainsAQueryItCannotParse() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      assertThatThrownBy(() -> index.search("title:(unclosed", 10))
          .isInstanceOf(SearchIndex.InvalidQueryException.class)
          .hasMessageContaining("title:(unclosed");
    }
  }
}

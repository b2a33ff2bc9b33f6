package dev.parallax.search;

import static dev.parallax.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryBudgetTest {

  private final ArticleQueryParser parser = new ArticleQueryParser(QueryParser.Operator.AND);

  @TempDir Path dir;

  /** {@code n} distinct fuzzy words such as a probe sent ("word0~2 word1~2 ..."). */
  private static String fuzzy(int n) {
    return IntStream.range(0, n).mapToObj(i -> "word" + i + "~2").collect(Collectors.joining(" "));
  }

  @Test
  void refusesFortyFiveFuzzyWordsSayingWhatToSimplify() {
    for (boolean combined : new boolean[] {true, false})
      assertThatThrownBy(() -> parser.parse(fuzzy(45), combined))
          .isInstanceOf(QueryBudget.Exceeded.class)
          .hasMessageContaining("too costly")
          .hasMessageContaining("45 fuzzy words")
          .hasMessageContaining("use fewer fuzzy words");
  }

  @Test
  void costsFuzzyAndWildcardWordsFarAbovePlainOnes() throws Exception {
    QueryBudget.Cost plain = parser.parse("riyadh embassies talks", true).cost();
    QueryBudget.Cost fuzzy = parser.parse("riyadh~2 embassies talks", true).cost();
    QueryBudget.Cost wildcard = parser.parse("riyad* embassies talks", true).cost();
    assertThat(plain.multiTerm()).isFalse();
    assertThat(plain.plain()).isEqualTo(3);
    assertThat(fuzzy.fuzzy()).isEqualTo(1);
    assertThat(wildcard.wildcard()).isEqualTo(1);
    // a fuzzy word costs its bounded expansions in each of title, body and outlet
    assertThat(fuzzy.cost() - plain.cost()).isGreaterThanOrEqualTo(3 * QueryBudget.DEFAULT.maxFuzzyExpansions() - 2);
    assertThat(wildcard.cost() - plain.cost()).isGreaterThanOrEqualTo(3 * QueryBudget.WILDCARD - 2);
  }

  @Test
  void letsAFewFuzzyWordsAndAHundredPlainWordsThrough() throws Exception {
    assertThat(parser.parse(fuzzy(5), true).cost().fuzzy()).isEqualTo(5);
    String words = IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertThat(parser.parse(words, true).cost().cost()).isLessThanOrEqualTo(QueryBudget.DEFAULT.maxCost());
  }

  @Test
  void refusesAQueryLongerThanTheLimitBeforeParsingIt() {
    assertThatThrownBy(() -> parser.parse("a".repeat(501), true))
        .isInstanceOf(QueryBudget.Exceeded.class)
        .hasMessageContaining("longer than 500 characters");
  }

  @Test
  void aSmallerBudgetRefusesWhatTheDefaultAllows() throws Exception {
    ArticleQueryParser strict = new ArticleQueryParser(QueryParser.Operator.AND, new QueryBudget(500, 40, 16, 10));
    assertThat(parser.parse("riyad* embassies", true).cost().wildcard()).isEqualTo(1);
    assertThatThrownBy(() -> strict.parse("riyad* embassies", true)).isInstanceOf(QueryBudget.Exceeded.class);
    assertThatThrownBy(() -> new QueryBudget(500, 0, 16, 10)).hasMessageContaining("maxCost");
  }

  @Test
  void thirtyFuzzyWordsAreAnInvalidQueryNotAFailure() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("riyadh", "Reuters", "US and Russian officials met in Riyadh on Tuesday."));
      index.commit();
      assertThatThrownBy(() -> index.search(fuzzy(30), 10))
          .isInstanceOf(SearchIndex.InvalidQueryException.class)
          .hasMessageContaining("30 fuzzy words");
      assertThat(index.search("riyah~1", 10)).extracting(SearchIndex.Hit::articleId).containsExactly("riyadh");
    }
  }
}

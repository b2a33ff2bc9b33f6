package dev.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;

class ArticleQueryParserTest {

  private final ArticleQueryParser parser = new ArticleQueryParser(QueryParser.Operator.AND);

  @Test
  void refusesARegularExpressionItCannotReadAsASyntaxError() {
    // found by ArticleQueryParserFuzzTest: Lucene's RegExp threw IllegalArgumentException, which the server
    // answered with a 500
    for (boolean combined : new boolean[] {true, false})
      assertThatThrownBy(() -> parser.parse("ukraine /[0-9/", combined))
          .isInstanceOf(ParseException.class)
          .hasMessageContaining("cannot read the regular expression /[0-9/");
  }

  @Test
  void stillReadsARegularExpressionItCanRead() throws ParseException {
    assertThat(parser.parse("/zelensk[iy]+/", true).match().toString()).contains("zelensk[iy]+");
    assertThat(parser.parse("/zelensk[iy]+/", false).match()).isNotNull();
  }
}

package dev.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * What readers type in the search box, in any characters: the parser gives a query or a
 * {@link ParseException} (which the server answers with a 400); nothing else escapes.
 */
class ArticleQueryParserFuzzTest {

  private static final ArticleQueryParser AND = new ArticleQueryParser(QueryParser.Operator.AND);
  private static final ArticleQueryParser OR = new ArticleQueryParser(QueryParser.Operator.OR);

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] typed) {
    String text = new String(typed, StandardCharsets.UTF_8);
    for (ArticleQueryParser parser : new ArticleQueryParser[] {AND, OR}) {
      for (boolean combined : new boolean[] {true, false}) {
        try {
          ArticleQueryParser.Parsed parsed = parser.parse(text, combined);
          assertThat(parsed.match()).isNotNull();
          assertThat(parsed.highlight()).isNotNull();
        } catch (ParseException e) {
          assertThat(e.getMessage()).isNotBlank();
        }
      }
    }
  }
}

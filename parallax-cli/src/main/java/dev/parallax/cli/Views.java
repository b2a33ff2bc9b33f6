package dev.parallax.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.domain.Removed;
import dev.parallax.domain.Story;
import dev.parallax.extract.Extraction;
import dev.parallax.ingest.IngestReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON shapes of ../shared/docs/CLI-CONTRACT.md. Field names here are a public interface: add, never
 * rename or remove.
 */
final class Views {

  private static final ObjectMapper JSON = mapper();
  private static final ObjectMapper PRETTY = mapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static ObjectMapper mapper() {
    // instants as ISO-8601 strings, without pulling in the java.time module
    return new ObjectMapper()
        .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
  }

  private Views() {}

  static String json(Object value, boolean pretty) {
    try {
      return (pretty ? PRETTY : JSON).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  static String time(Instant i) {
    return i == null ? null : i.toString();
  }

  record ArticleRow(String id, String file, String url, String title, String outlet, String published) {
    static ArticleRow of(Article a) {
      return new ArticleRow(a.id(), a.file(), a.url(), a.title(), a.outletName(), time(a.published()));
    }
  }

  record Articles(List<ArticleRow> articles) {}

  record ExtractView(
      String file,
      String url,
      String title,
      String byline,
      String outlet,
      String section,
      String published,
      String language,
      String leadImage,
      String body,
      List<String> paragraphs,
      List<String> captions,
      List<Removed> removed) {

    static ExtractView of(String file, String url, Extraction e) {
      return new ExtractView(
          file, url, e.title(), e.byline(), e.outlet(), e.section(), time(e.published()), e.language(),
          e.leadImage(), e.body(), e.paragraphs(), e.captions(), e.removed());
    }

    static ExtractView of(Article a) {
      return new ExtractView(
          a.file(), a.url(), a.title(), a.byline(), a.outletName(), a.section(), time(a.published()),
          a.language(), null, a.body(), a.paragraphs(), a.captions(), a.removed());
    }
  }

  record StoryArticle(
      String id,
      String file,
      String outlet,
      String title,
      String published,
      @JsonInclude(JsonInclude.Include.NON_NULL) String duplicateOf) {}

  record StoryView(
      String id,
      String title,
      List<StoryArticle> articles,
      @JsonInclude(JsonInclude.Include.NON_NULL) Brief brief) {

    static StoryView of(Story s, Function<String, Article> articles, Brief brief) {
      List<StoryArticle> rows = new ArrayList<>();
      for (Story.Member m : s.members()) {
        Article a = articles.apply(m.articleId());
        rows.add(
            a == null
                ? new StoryArticle(m.articleId(), null, null, null, null, m.duplicateOf())
                : new StoryArticle(a.id(), a.file(), a.outletName(), a.title(), time(a.published()), m.duplicateOf()));
      }
      return new StoryView(s.id(), s.title(), rows, brief);
    }
  }

  /** The top level of {@code cluster}, {@code stories} and {@code brief}: the contract's fields plus how it was made. */
  record Stories(List<StoryView> stories, String clustering, List<IngestReport.Failure> failures) {}

  static Map<String, Object> error(String origin, String reason) {
    return Map.of("file", origin, "error", reason);
  }
}

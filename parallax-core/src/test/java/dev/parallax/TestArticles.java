package dev.parallax;

import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.domain.Removed;
import dev.parallax.extract.DocumentExtractor;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builders and fixture paths shared by tests. */
public final class TestArticles {

  private TestArticles() {}

  public static Article article(String id, String outlet, String... paragraphs) {
    List<String> body = List.of(paragraphs);
    return new Article(
        id,
        outlet == null ? null : Outlet.named(outlet),
        "https://example.org/" + id,
        id + ".txt",
        "Title of " + id,
        "A Reporter",
        "World",
        Instant.parse("2025-02-18T10:00:00Z"),
        "en",
        body,
        List.of("A caption"),
        List.of(new Removed("Sign up to read this article", Removed.PAYWALL)),
        Articles.contentHash(String.join("\n\n", body)));
  }

  /** The repository root (Surefire passes it; falls back to the working directory's parent). */
  public static Path repo() {
    String repo = System.getProperty("parallax.repo");
    return repo != null ? Path.of(repo) : Path.of("..").toAbsolutePath().normalize();
  }

  public static Path fixtures() {
    return repo().resolve("parallax-core/src/test/resources/fixtures");
  }

  /**
   * The files, read and extracted as {@code ingest} would, each article's id its file name without the
   * extension ("000_4b4d83a56dc4d54f").
   */
  public static List<Article> extracted(List<Path> files) {
    DocumentExtractor extractor = DocumentExtractor.standard();
    List<Article> out = new ArrayList<>();
    try (Stream<ReadResult> read = new FileSource(files).read()) {
      for (ReadResult r : (Iterable<ReadResult>) read::iterator) {
        var doc = ((ReadResult.Ok) r).document();
        String name = Path.of(doc.file()).getFileName().toString();
        out.add(Articles.of(doc, extractor.extract(doc)).withId(name.substring(0, name.lastIndexOf('.'))));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the fixture files " + files, e);
    }
    return out;
  }
}

package dev.parallax.brief;

import dev.parallax.TestArticles;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.extract.DocumentExtractor;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed articles as one story, with ids "000" to "004" from their file names. */
final class SeedStory {

  private SeedStory() {}

  static List<Article> articles() throws Exception {
    DocumentExtractor extractor = DocumentExtractor.standard();
    List<Article> seeds = new ArrayList<>();
    try (Stream<ReadResult> read = new FileSource(List.of(TestArticles.fixtures().resolve("seeds"))).read()) {
      for (ReadResult r : (Iterable<ReadResult>) read::iterator) {
        var doc = ((ReadResult.Ok) r).document();
        Article a = Articles.of(doc, extractor.extract(doc));
        seeds.add(a.withId(doc.file().substring(0, 3)));
      }
    }
    return seeds;
  }

  static Story story(List<Article> articles) {
    return new Story("s", null, articles.stream().map(a -> new Story.Member(a.id(), null)).toList(), null, null);
  }
}

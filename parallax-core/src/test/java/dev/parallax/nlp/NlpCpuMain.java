package dev.parallax.nlp;

import dev.parallax.domain.Article;
import dev.parallax.extract.DocumentExtractor;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Developer tool, run by hand: the language stage's cost per article in CPU time of its one thread (not wall
 * time), so two versions can be compared on a busy machine. Args: FILES (default clustering-dev).
 */
final class NlpCpuMain {

  public static void main(String[] args) throws Exception {
    List<Path> inputs = new ArrayList<>();
    for (String a : args) inputs.add(Path.of(a));
    if (inputs.isEmpty()) inputs.add(Path.of("parallax-core/src/test/resources/fixtures/clustering-dev"));
    List<Article> articles = new ArrayList<>();
    DocumentExtractor extractor = DocumentExtractor.standard();
    try (Stream<ReadResult> read = new FileSource(inputs).read()) {
      for (ReadResult r : (Iterable<ReadResult>) read::iterator)
        if (r instanceof ReadResult.Ok ok) articles.add(Articles.of(ok.document(), extractor.extract(ok.document())));
    }
    ArticleAnalyzer analyzer = new ArticleAnalyzer(Lexicon.english());
    var bean = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 4; round++) {
      long start = bean.getCurrentThreadCpuTime();
      for (Article a : articles) analyzer.analyse(a);
      System.out.printf("round %d: %.2f ms CPU per article%n", round, (bean.getCurrentThreadCpuTime() - start) / 1e6 / articles.size());
    }
  }
}

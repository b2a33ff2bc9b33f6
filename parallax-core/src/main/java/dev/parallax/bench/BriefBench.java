package dev.parallax.bench;

import dev.parallax.brief.ExtractiveBriefer;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.extract.DocumentExtractor;
import dev.parallax.ingest.Articles;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How long a brief takes for a story of N articles (default 50), built from the seed articles with their
 * paragraphs reshuffled so that every copy is a different text: cold (no sentence cache), warm (the same
 * story again) and incremental (the story after one more article arrives). Run: {@code bin/parallax bench
 * brief [SEEDS_DIR [N]]}.
 */
public final class BriefBench {

  private BriefBench() {}

  public static void main(String[] args) throws Exception {
    Path seeds = Path.of(args.length > 0 ? args[0] : "parallax-core/src/test/resources/fixtures/seeds");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    List<Article> base = new ArrayList<>();
    DocumentExtractor extractor = DocumentExtractor.standard();
    try (Stream<ReadResult> read = new FileSource(List.of(seeds)).read()) {
      for (ReadResult r : (Iterable<ReadResult>) read::iterator)
        if (r instanceof ReadResult.Ok ok) base.add(Articles.of(ok.document(), extractor.extract(ok.document())));
    }
    if (base.isEmpty()) throw new IllegalArgumentException("no articles in " + seeds);
    Random random = new Random(42);
    List<Article> story = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      Article a = base.get(i % base.size());
      List<String> paragraphs = new ArrayList<>(a.paragraphs());
      Collections.shuffle(paragraphs.subList(1, paragraphs.size()), random);
      paragraphs = paragraphs.subList(0, Math.max(3, paragraphs.size() * 3 / 4));
      story.add(new Article("a" + i, a.outlet(), null, null, a.title(), null, null, null, "en", paragraphs, null, null,
          Articles.contentHash(String.join("\n\n", paragraphs))));
    }
    List<Article> first = story.subList(0, n);
    System.out.printf(Locale.ROOT, "story of %d articles, %d paragraphs%n", n,
        first.stream().mapToInt(a -> a.paragraphs().size()).sum());
    for (int round = 0; round < 3; round++) {
      ExtractiveBriefer briefer = new ExtractiveBriefer();
      long t0 = System.nanoTime();
      briefer.brief(story(first), first);
      long t1 = System.nanoTime();
      briefer.brief(story(first), first);
      long t2 = System.nanoTime();
      briefer.brief(story(story), story);
      long t3 = System.nanoTime();
      System.out.printf(Locale.ROOT, "round %d: cold %d ms, warm %d ms, after one more article %d ms%n", round,
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }
  }

  private static Story story(List<Article> articles) {
    return new Story("bench", null, articles.stream().map(a -> new Story.Member(a.id(), null)).toList(), null, null);
  }
}

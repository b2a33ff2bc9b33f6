package dev.parallax.brief;

import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.domain.Story;
import dev.parallax.ingest.Articles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Stories far larger than any real one, as a hostile or broken source makes them: an article of one sentence
 * repeated 12,200 times (1 MB in one paragraph), an article of 1 MB of different sentences, and a story of
 * 420 articles written from the seed articles' paragraphs. Run as a program, it briefs each of them and
 * prints what it did: {@link BoundedBriefTest} runs it in a JVM with a small heap.
 */
public final class HugeStories {

  private HugeStories() {}

  public static void main(String[] args) throws Exception {
    ExtractiveBriefer briefer = new ExtractiveBriefer();
    for (List<Article> story : List.of(repeated(), distinct(), many(SeedStory.articles(), 420))) {
      long t0 = System.nanoTime();
      Brief b = briefer.brief(story(story), story);
      int chars = story.stream().mapToInt(a -> a.body().length()).sum();
      System.out.printf("briefed %d articles, %d chars: %d summary sentences, %d facts, %d ms%n", story.size(), chars,
          b.summary().size(), b.facts().size(), (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /** The probe's reproduction: one 83-character sentence, 12,200 times. */
  static List<Article> repeated() {
    String sentence = "The delegations met in Riyadh on Tuesday to discuss an end to the war in Ukraine now.";
    return List.of(article("repeated", "Outlet A", List.of((sentence + " ").repeat(12_200).strip())));
  }

  /** 1 MB of different sentences, ten to a paragraph. */
  static List<Article> distinct() {
    Random random = new Random(7);
    String[] places = {"Riyadh", "Kyiv", "Moscow", "Geneva", "Istanbul", "Warsaw", "Berlin", "Paris"};
    String[] verbs = {"met", "spoke", "argued", "agreed", "warned", "insisted", "signed", "objected"};
    List<String> paragraphs = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    int chars = 0;
    for (int i = 0; chars < 1 << 20; i++) {
      String s = "Delegation " + i + " " + verbs[random.nextInt(verbs.length)] + " in " + places[random.nextInt(places.length)]
          + " on day " + random.nextInt(1000) + " about clause " + random.nextInt(100_000) + " of the draft. ";
      p.append(s);
      chars += s.length();
      if (i % 10 == 9) {
        paragraphs.add(p.toString().strip());
        p.setLength(0);
      }
    }
    if (!p.isEmpty()) paragraphs.add(p.toString().strip());
    return List.of(article("distinct", "Outlet B", paragraphs));
  }

  /** {@code n} articles from 60 outlets, each five of the seeds' paragraphs in a seeded random order. */
  static List<Article> many(List<Article> seeds, int n) {
    List<String> pool = new ArrayList<>();
    for (Article a : seeds) pool.addAll(a.paragraphs());
    Random random = new Random(42);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Collections.shuffle(pool, random);
      out.add(article("m" + i, "Outlet " + (i % 60), List.copyOf(pool.subList(0, Math.min(5, pool.size())))));
    }
    return out;
  }

  static Article article(String id, String outlet, List<String> paragraphs) {
    return new Article(id, Outlet.named(outlet), null, null, "Talks on " + id, null, null,
        Instant.parse("2025-02-18T10:00:00Z"), "en", paragraphs, null, null, Articles.contentHash(String.join("\n\n", paragraphs)));
  }

  static Story story(List<Article> articles) {
    return new Story("s", null, articles.stream().map(a -> new Story.Member(a.id(), null)).toList(), null, null);
  }
}

package dev.parallax.consistency;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.domain.Story;
import dev.parallax.ingest.Articles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What crash consistency costs on a large store (a developer tool, run by hand): {@code ConsistencyBench
 * [articles] [folder]}, default 100000. Loads synthetic articles straight into store and index (stories of
 * 40), then times: opening with nothing pending, {@code check}, and completing 1,000 pending articles.
 * With a folder that already holds a store, loading is skipped.
 */
public final class ConsistencyBench {

  private ConsistencyBench() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("parallax-consistency-");
    Config config = Config.embedded(dir);
    if (!Files.exists(dir.resolve("parallax.db"))) {
      long t0 = System.nanoTime();
      try (Parallax p = Parallax.open(config, InstantSource.system())) {
        load(p, count);
      }
      System.out.printf("loaded %d articles in %.1f s%n", count, seconds(t0));
    }
    try (Parallax p = Parallax.open(config, InstantSource.system())) {
      long t0 = System.nanoTime();
      Parallax.Completed none = p.completePending();
      System.out.printf("completion with %d pending: %.3f s%n", none.articles(), seconds(t0));
      t0 = System.nanoTime();
      Findings found = ConsistencyCheck.check(p);
      System.out.printf("check: %.1f s (%s)%n", seconds(t0), found.summary());
      List<String> ids = new ArrayList<>();
      for (Story s : p.store().stories().subList(0, 25)) ids.addAll(s.articleIds());
      p.store().markPending(ids);
      t0 = System.nanoTime();
      Parallax.Completed done = p.completePending();
      double s = seconds(t0);
      System.out.printf("completed %d pending articles of %d stories in %.1f s (%.1f ms per article, briefs included)%n",
          done.articles(), done.briefed(), s, 1000 * s / Math.max(1, done.articles()));
    }
  }

  private static void load(Parallax p, int count) throws Exception {
    Random random = new Random(42);
    String[] words = new String[3000];
    for (int i = 0; i < words.length; i++) words[i] = Long.toString(Math.abs(random.nextLong()) % 1_000_000_000L, 36);
    List<Story.Member> members = new ArrayList<>();
    List<String> storyIds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p2 = 0; p2 < 4; p2++) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 30; w++) sb.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        paragraphs.add(sb.append('.').toString());
      }
      Article a = new Article("b" + i, Outlet.named("Outlet " + (i % 25)), "https://example.com/" + i, null,
          "Title " + words[random.nextInt(300)] + " " + i, null, null, Instant.ofEpochSecond(1_700_000_000L + 20L * i),
          "en", paragraphs, List.of(), List.of(), Articles.contentHash(String.join("\n\n", paragraphs)));
      p.store().put(a);
      p.index().index(a);
      members.add(new Story.Member(a.id(), null));
      if (members.size() == 40 || i == count - 1) {
        String id = "e-" + storyIds.size();
        p.store().saveStory(new Story(id, a.title(), members, null, null));
        storyIds.add(id);
        members = new ArrayList<>();
      }
      if ((i + 1) % 50_000 == 0) p.index().commit();
    }
    p.index().commit();
    p.store().settleStories(storyIds);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}

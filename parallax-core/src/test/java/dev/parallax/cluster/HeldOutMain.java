package dev.parallax.cluster;

import dev.parallax.dedup.NearDuplicates;
import dev.parallax.domain.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Developer tool, run by hand (not a test): checks a change the way an unseen stream will judge it.
 * Scores the standard clusterer (or a grid of weights and thresholds) on clustering-dev as published and
 * with its dates removed, on each half of it split by event id (even / odd: a change that helps only one
 * half is fitted to a few events), on the hard fixtures alone and interleaved into the undated dev stream,
 * and the seeds check.
 *
 * <p>{@code -Dgrid=tw;ew;mw;th} (comma-separated values in each place) runs every combination with the other
 * settings standard; {@code -Dlucene=true} finds candidates through the Lucene index; {@code -Dlexical=true}
 * clusters without sentence embeddings (terms and names only); {@code -Dhand=true} decides every join by the
 * hand-made score instead of the {@link JoinModel}.
 */
final class HeldOutMain {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Embedder CACHED = new CachedEmbedder();

  public static void main(String[] args) throws Exception {
    String grid = System.getProperty("grid");
    StreamingClusterer.Settings b = StreamingClusterer.Settings.standard();
    if (grid == null) {
      System.out.print(run(b));
      return;
    }
    String[] g = grid.split(";");
    for (String tw : g[0].split(","))
      for (String ew : g[1].split(","))
        for (String mw : g[2].split(","))
          for (String th : g[3].split(",")) {
            var s =
                new StreamingClusterer.Settings(
                    Double.parseDouble(tw), Double.parseDouble(ew), Double.parseDouble(mw), Double.parseDouble(th),
                    b.mergeThreshold(), b.halfLife(), b.decayFloor(), b.followUpThreshold(), b.rareNameShare(),
                    b.storyMergeThreshold());
            System.out.println("== tw=" + tw + " ew=" + ew + " mw=" + mw + " th=" + th);
            System.out.print(run(s));
          }
  }

  static String run(StreamingClusterer.Settings settings) throws Exception {
    StringBuilder out = new StringBuilder();
    LabelledStream dev =
        LabelledStream.load(FIXTURES.resolve("clustering-dev/news_cluster.jsonl"), Files.createTempDirectory("held"));
    LabelledStream undated = dev.undated();
    line(out, "dev", dev.cluster(clusterer(settings)));
    line(out, "undated", undated.cluster(clusterer(settings)));
    for (int h = 0; h < 2; h++) {
      line(out, "half" + h, dev.half(h).cluster(clusterer(settings)));
      line(out, "half" + h + "-undated", dev.half(h).undated().cluster(clusterer(settings)));
    }
    List<Article> hard = new ArrayList<>();
    Map<String, String> hardEvents = new LinkedHashMap<>();
    try (var files = Files.list(FIXTURES.resolve("clustering-hard"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        LabelledStream s = LabelledStream.load(p, Files.createTempDirectory("held"));
        line(out, p.getFileName().toString().replace(".jsonl", ""), s.cluster(clusterer(settings)));
        hard.addAll(s.articles());
        s.events().forEach((k, v) -> hardEvents.put(k, "hard-" + v));
      }
    }
    // the hard fixtures spread through the undated dev stream: same-kind events amid unrelated news
    List<Article> mixed = new ArrayList<>(undated.articles());
    int step = mixed.size() / hard.size();
    for (int i = hard.size() - 1; i >= 0; i--) mixed.add(i * step + step / 2, hard.get(i));
    Map<String, String> mixedEvents = new LinkedHashMap<>(dev.events());
    mixedEvents.putAll(hardEvents);
    Scores ms = new LabelledStream(mixed, mixedEvents).cluster(clusterer(settings));
    Map<String, String> hardPredicted = new LinkedHashMap<>();
    hardEvents.keySet().forEach(k -> hardPredicted.put(k, ms.predicted().get(k)));
    line(out, "mixed", ms);
    line(out, "mixed-hard", Scores.of(hardPredicted, hardEvents));
    out.append(seeds(clusterer(settings))).append('\n');
    return out.toString();
  }

  private static void line(StringBuilder out, String name, Scores s) {
    out.append(String.format("%-20s %s%n", name, s));
  }

  private static String seeds(StreamingClusterer c) {
    List<Article> seeds = LabelledStream.read(FIXTURES.resolve("seeds"));
    List<Article> others = LabelledStream.read(FIXTURES.resolve("extraction-dev/html"), false);
    Map<String, String> storyOf = new HashMap<>();
    int o = 0;
    for (int i = 0; i < seeds.size(); i++) {
      for (int k = 0; k < others.size() / seeds.size() && o < others.size(); k++) record(c, others.get(o++), storyOf);
      record(c, seeds.get(i), storyOf);
    }
    while (o < others.size()) record(c, others.get(o++), storyOf);
    Set<String> seedStories = new HashSet<>();
    seeds.forEach(a -> seedStories.add(storyOf.get(a.id())));
    long intruders = others.stream().filter(a -> seedStories.contains(storyOf.get(a.id()))).count();
    return String.format("seeds: %d stories, %d intruders", seedStories.size(), intruders);
  }

  private static StreamingClusterer clusterer(StreamingClusterer.Settings settings) {
    Embedder embedder = Boolean.getBoolean("lexical") ? null : CACHED;
    JoinModel model = embedder == null || Boolean.getBoolean("hand") ? null : JoinModel.standard();
    return new StreamingClusterer(
        settings, new CapitalisedNgrams(), NearDuplicates.standard(), embedder, Boolean.getBoolean("lucene"), model);
  }

  private static void record(StoryClusterer c, Article a, Map<String, String> storyOf) {
    StoryClusterer.Assignment asg = c.assign(a);
    for (String m : asg.merged()) storyOf.replaceAll((k, v) -> v.equals(m) ? asg.storyId() : v);
    storyOf.put(a.id(), asg.storyId());
  }
}

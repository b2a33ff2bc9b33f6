package dev.parallax.cluster;

import dev.parallax.dedup.NearDuplicates;
import dev.parallax.domain.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Developer tool, run by hand (not a test): scores the standard clusterer on every labelled fixture and the seeds check. */
final class EvalMain {
  public static void main(String[] args) throws Exception {
    Path fx = Path.of("src/test/resources/fixtures");
    MiniLmEmbedder real = new MiniLmEmbedder();
    Map<String, float[]> cache = new HashMap<>();
    Embedder cached = t -> cache.computeIfAbsent(t, real::embed);
    List<Path> streams = new java.util.ArrayList<>();
    streams.add(fx.resolve("clustering-dev/news_cluster.jsonl"));
    try (var files = Files.list(fx.resolve("clustering-hard"))) {
      files.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(streams::add);
    }
    for (Path p : streams) {
      LabelledStream s = LabelledStream.load(p, Files.createTempDirectory("eval"));
      System.out.printf("%-28s %s%n", p.getFileName(), s.cluster(clusterer(cached)));
    }
    StreamingClusterer c = clusterer(cached);
    List<Article> seeds = LabelledStream.read(fx.resolve("seeds"));
    List<Article> others = LabelledStream.read(fx.resolve("extraction-dev/html"), false);
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
    Map<String, Integer> sizes = new HashMap<>();
    others.forEach(a -> sizes.merge(storyOf.get(a.id()), 1, Integer::sum));
    System.out.printf("seeds: %d stories, %d intruders; extraction-dev: %d pages in %d stories%n",
        seedStories.size(), intruders, others.size(), sizes.size());
  }

  static StreamingClusterer clusterer(Embedder e) {
    return new StreamingClusterer(
        StreamingClusterer.Settings.standard(), new CapitalisedNgrams(), NearDuplicates.standard(), e,
        Boolean.getBoolean("lucene"));
  }

  private static void record(StoryClusterer c, Article a, Map<String, String> storyOf) {
    StoryClusterer.Assignment asg = c.assign(a);
    for (String m : asg.merged()) storyOf.replaceAll((k, v) -> v.equals(m) ? asg.storyId() : v);
    storyOf.put(a.id(), asg.storyId());
  }
}

package dev.parallax.cluster;

import dev.parallax.domain.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Developer tool, run by hand (not a test): prints the false splits of a labelled stream with the scores
 * of the story they missed; with {@code -Dundate=true} the stream is read without its publication dates.
 */
final class DiagnoseMain {
  public static void main(String[] args) throws Exception {
    LabelledStream s0 = LabelledStream.load(Path.of(args[0]), Files.createTempDirectory("diag"));
    LabelledStream s = Boolean.getBoolean("undate") ? s0.undated() : s0;
    StreamingClusterer c = StreamingClusterer.standard();
    Map<String, String> storyOf = new LinkedHashMap<>();
    Map<String, Article> byId = new HashMap<>();
    s.articles().forEach(a -> byId.put(a.id(), a));
    List<StreamingClusterer.Candidate>[] last = new List[1];
    c.trace((id, story, cands) -> last[0] = cands, true);
    var csv = new java.io.PrintStream(System.getProperty("csv", "/dev/null"));
    csv.println("article,story,right,indexed,text,ent,emb,link,decay,score,chosen");
    int splits = 0, notIndexed = 0, under = 0, wrongBest = 0;
    for (Article a : s.articles()) {
      String gold = s.events().get(a.id());
      // the story holding most earlier articles of the same event
      Map<String, Integer> goldStories = new HashMap<>();
      storyOf.forEach((id, st) -> { if (s.events().get(id).equals(gold)) goldStories.merge(st, 1, Integer::sum); });
      var asg = c.assign(a);
      for (String m : asg.merged()) storyOf.replaceAll((k, v) -> v.equals(m) ? asg.storyId() : v);
      String target = goldStories.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      if (target != null && !asg.merged().isEmpty() && asg.merged().contains(target)) target = asg.storyId();
      if (System.getProperty("csv") != null) {
        Map<String, Map<String, Integer>> golds = new HashMap<>();
        storyOf.forEach((id, st) -> golds.computeIfAbsent(st, k -> new HashMap<>()).merge(s.events().get(id), 1, Integer::sum));
        for (var cand : last[0]) {
          var g = golds.get(cand.storyId());
          if (g == null) continue;
          String maj = g.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
          csv.printf("%s,%s,%b,%b,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%b%n", a.id(), cand.storyId(), maj.equals(gold),
              cand.indexed(), cand.text(), cand.entities(), cand.embedding(), cand.link(), cand.decay(), cand.score(),
              cand.storyId().equals(asg.storyId()));
        }
      }
      String watch = System.getProperty("watch", "");
      if (!watch.isEmpty() && gold.matches(watch)) {
        var top = last[0].stream().filter(StreamingClusterer.Candidate::indexed)
            .sorted((x, y) -> Double.compare(y.score(), x.score())).limit(2).toList();
        Map<String, Map<String, Integer>> golds = new HashMap<>();
        storyOf.forEach((id, st) -> golds.computeIfAbsent(st, k -> new HashMap<>()).merge(cut(s.events().get(id), 0, 6), 1, Integer::sum));
        System.out.printf("W %s %s [%s] %s -> %s merged=%s %s%n", cut(a.id(), 0, 6), a.published(), cut(gold, 0, 8), cut(a.title(), 0, Math.min(50, a.title().length())), cut(asg.storyId(), 2, 8), asg.merged(), golds.get(asg.storyId()));
        for (var x : top) System.out.printf("     %s %s txt %.2f ent %.2f emb %.2f link %.2f dec %.2f score %.2f%n", cut(x.storyId(), 2, 8), golds.get(x.storyId()), x.text(), x.entities(), x.embedding(), x.link(), x.decay(), x.score());
      }
      storyOf.put(a.id(), asg.storyId());
      if (target == null || target.equals(asg.storyId())) continue;
      splits++;
      String t = target;
      var tc = last[0].stream().filter(x -> x.storyId().equals(t)).findFirst().orElse(null);
      var best = last[0].stream().filter(StreamingClusterer.Candidate::indexed)
          .max((x, y) -> Double.compare(x.score(), y.score())).orElse(null);
      String why;
      if (tc == null) why = "CLOSED?";
      else if (!tc.indexed()) { why = "NOT-INDEXED"; notIndexed++; }
      else if (best != null && !best.storyId().equals(t) && best.score() >= 0.33) { why = "WRONG-BEST"; wrongBest++; }
      else { why = "UNDER"; under++; }
      System.out.printf("%s %s [%s] -> %s (new=%b) goldStory=%s (%d earlier) title=%s%n", why, a.id(), gold,
          asg.storyId(), asg.storyId().equals("s-" + a.id()), t, goldStories.get(t), a.title());
      System.out.printf("   gold: %s%n   best: %s%n", tc, best);
    }
    System.out.printf("splits=%d notIndexed=%d under=%d wrongBest=%d%n", splits, notIndexed, under, wrongBest);
    Map<String, Map<String, Integer>> byEvent = new java.util.TreeMap<>();
    storyOf.forEach((id, st) -> byEvent.computeIfAbsent(s.events().get(id), k -> new java.util.TreeMap<>()).merge(st, 1, Integer::sum));
    Map<String, Map<String, Integer>> byStory = new HashMap<>();
    storyOf.forEach((id, st) -> byStory.computeIfAbsent(st, k -> new java.util.TreeMap<>()).merge(s.events().get(id), 1, Integer::sum));
    byEvent.forEach((ev, parts) -> {
      if (parts.size() > 1) System.out.println("SPLIT " + ev + " " + parts.values());
    });
    byStory.forEach((st, evs) -> {
      if (evs.size() > 1) System.out.println("MIXED " + st + " " + evs);
    });
  }

  static String cut(String s, int from, int to) {
    return s.length() <= from ? s : s.substring(from, Math.min(to, s.length()));
  }
}

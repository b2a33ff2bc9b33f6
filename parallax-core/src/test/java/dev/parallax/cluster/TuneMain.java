package dev.parallax.cluster;

import dev.parallax.dedup.NearDuplicates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Developer tool, run by hand (not a test): a grid over the clusterer settings on a labelled stream. */
final class TuneMain {
  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("tune");
    LabelledStream s = LabelledStream.load(Path.of(args[0]), work);
    Embedder cached = new CachedEmbedder();
    double[] tws = parse(args[4]);
    double[] ews = parse(args[5]);
    double[] mws = parse(args[6]);
    double[] ths = parse(args[7]);
    for (double tw : tws) for (double ew : ews) for (double mw : mws)
      for (double th : ths) {
        var c =
            new StreamingClusterer(
                new StreamingClusterer.Settings(tw, ew, mw, th, Double.parseDouble(args[2]),
                    Duration.ofDays(Long.parseLong(args[1])), Double.parseDouble(args[3]), 0.45, 0.05, 0.7),
                new CapitalisedNgrams(),
                NearDuplicates.standard(), mw == 0 ? null : cached);
        Scores sc = s.cluster(c);
        System.out.printf("tw=%.2f ew=%.2f mw=%.2f th=%.2f %s%n", tw, ew, mw, th, sc);
        if (System.getProperty("show") != null) {
          var by = new java.util.TreeMap<String, java.util.List<String>>();
          sc.predicted().forEach((id, st) -> by.computeIfAbsent(st, k -> new java.util.ArrayList<>()).add(s.events().get(id)));
          by.values().forEach(System.out::println);
        }
      }
  }

  static double[] parse(String s) {
    String[] p = s.split(",");
    double[] d = new double[p.length];
    for (int i = 0; i < p.length; i++) d[i] = Double.parseDouble(p[i]);
    return d;
  }
}

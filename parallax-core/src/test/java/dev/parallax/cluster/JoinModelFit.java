package dev.parallax.cluster;

import dev.parallax.dedup.NearDuplicates;
import dev.parallax.domain.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Developer tool, run by hand (not a test): fits the {@link JoinModel} by logistic regression on labelled
 * streams and scores it against the hand-made rule.
 *
 * <p>Each training stream is replayed with its labels as the stories (an oracle: every article goes to its
 * event's story), and each article's candidate stories give one example each, positive when the candidate
 * is the article's event; pairs without an embedding are left out (the model never judges them). Streams
 * are used as published and without their dates. A similarity whose weight comes out negative is dropped
 * and the rest refitted.
 *
 * <p>Flags: {@code -Dlambda=0.3} the L2 penalty (default 0.3, as for {@link JoinModel#standard()});
 * {@code -DnoHard=true} leaves the own hard streams out of the fit, to check it on them (as for the
 * standard weights); {@code -DdatedOnly=true} fits on the published stream alone; {@code -Dt=0.4,0.5} the
 * thresholds to score; {@code -Dcv=true} fits on one half of clustering-dev's events and scores the other,
 * both ways, so the scores are of events the fit never saw; {@code -Dshow=true} lists the mixed stories of
 * the hard streams. Reproduce the standard weights with {@code -DnoHard=true} and copy them from the
 * "fitted" line.
 */
final class JoinModelFit {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Embedder CACHED = new CachedEmbedder();

  public static void main(String[] args) throws Exception {
    double lambda = Double.parseDouble(System.getProperty("lambda", "0.3"));
    LabelledStream dev =
        LabelledStream.load(FIXTURES.resolve("clustering-dev/news_cluster.jsonl"), Files.createTempDirectory("fit"));
    List<LabelledStream> hard = new ArrayList<>();
    try (var files = Files.list(FIXTURES.resolve("clustering-hard"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList())
        hard.add(LabelledStream.load(p, Files.createTempDirectory("fit")));
    }
    double[] thresholds = java.util.Arrays.stream(System.getProperty("t", "0.3,0.4,0.5,0.6,0.7").split(",")).mapToDouble(Double::parseDouble).toArray();
    if (Boolean.getBoolean("cv")) {
      for (int h = 0; h < 2; h++) {
        LabelledStream train = dev.half(h);
        LabelledStream test = dev.half(1 - h);
        JoinModel m = fit(Boolean.getBoolean("datedOnly") ? List.of(train) : List.of(train, train.undated()), lambda, 0.5);
        System.out.println("== fitted on half " + h + ": " + m);
        report("hand rule", null, test, List.of());
        for (double t : thresholds) report("model t=" + t, new JoinModel(m.weights(), t), test, List.of());
      }
      return;
    }
    List<LabelledStream> training = new ArrayList<>(Boolean.getBoolean("datedOnly") ? List.of(dev) : List.of(dev, dev.undated()));
    if (!Boolean.getBoolean("noHard")) training.addAll(hard);
    JoinModel m = fit(training, lambda, 0.5);
    System.out.println("fitted: " + m);
    for (int i = 0; i < JoinModel.FEATURES.size(); i++)
      System.out.printf("  %-18s %8.3f%n", JoinModel.FEATURES.get(i), m.weights()[i]);
    report("hand rule", null, dev, hard);
    for (double t : thresholds) report("model t=" + t, new JoinModel(m.weights(), t), dev, hard);
  }

  private static void report(String name, JoinModel model, LabelledStream s, List<LabelledStream> hard) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-14s dated %s%n", name, s.cluster(clusterer(model))));
    out.append(String.format("%-14s undated %s%n", "", s.undated().cluster(clusterer(model))));
    for (LabelledStream h : hard) {
      Scores sc = h.cluster(clusterer(model));
      out.append(String.format("%-14s hard %s%n", "", sc));
      if (sc.bcubedPrecision() < 1 && Boolean.getBoolean("show")) {
        Map<String, List<String>> by = new java.util.TreeMap<>();
        sc.predicted().forEach((id, st) -> by.computeIfAbsent(st, k -> new ArrayList<>()).add(h.events().get(id)));
        by.values().stream().filter(v -> new java.util.HashSet<>(v).size() > 1).forEach(v -> out.append("    mixed: " + v + "\n"));
      }
    }
    System.out.print(out);
  }

  static StreamingClusterer clusterer(JoinModel model) {
    return new StreamingClusterer(
        StreamingClusterer.Settings.standard(), new CapitalisedNgrams(), NearDuplicates.standard(), CACHED, false, model);
  }

  /** Logistic regression by Newton's method with an L2 penalty (the bias is not penalised). */
  static JoinModel fit(List<LabelledStream> streams, double lambda, double threshold) {
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (LabelledStream s : streams) {
      StreamingClusterer c = clusterer(null);
      for (Article a : s.articles()) {
        String gold = "gold:" + s.events().get(a.id());
        c.learn(a, gold, e -> {
          if (Double.isNaN(e.evidence().embedding())) return; // judged by the hand-made score
          xs.add(JoinModel.features(e.evidence()));
          ys.add(e.storyId().equals(gold));
        });
      }
    }
    int d = JoinModel.FEATURES.size();
    // More similarity must never make a join less likely: a similarity whose weight comes out negative
    // (they are correlated, so one can stand in for another) is dropped and the rest refitted.
    boolean[] dropped = new boolean[d];
    double[] w;
    while (true) {
      w = newton(xs, ys, lambda, dropped);
      int worst = -1;
      for (int i = 0; i < d; i++)
        if (!dropped[i] && JoinModel.MONOTONE.contains(JoinModel.FEATURES.get(i)) && w[i] < 0 && (worst < 0 || w[i] < w[worst]))
          worst = i;
      if (worst < 0) break;
      dropped[worst] = true;
    }
    long positives = ys.stream().filter(b -> b).count();
    System.out.printf("examples=%d positives=%d%n", xs.size(), positives);
    return new JoinModel(w, threshold);
  }

  private static double[] newton(List<double[]> xs, List<Boolean> ys, double lambda, boolean[] dropped) {
    int d = JoinModel.FEATURES.size();
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] g = new double[d];
      double[][] hess = new double[d][d];
      for (int n = 0; n < xs.size(); n++) {
        double[] x = xs.get(n);
        double z = 0;
        for (int i = 0; i < d; i++) z += w[i] * x[i];
        double p = 1 / (1 + Math.exp(-z));
        double r = (ys.get(n) ? 1 : 0) - p;
        double v = p * (1 - p);
        for (int i = 0; i < d; i++) {
          g[i] += r * x[i];
          for (int j = 0; j < d; j++) hess[i][j] += v * x[i] * x[j];
        }
      }
      for (int i = 1; i < d; i++) {
        g[i] -= lambda * w[i];
        hess[i][i] += lambda;
      }
      for (int i = 0; i < d; i++) {
        if (!dropped[i]) continue;
        g[i] = 0;
        for (int j = 0; j < d; j++) hess[i][j] = hess[j][i] = 0;
        hess[i][i] = 1;
      }
      hess[0][0] += 1e-9;
      double[] step = solve(hess, g);
      double size = 0;
      for (int i = 0; i < d; i++) {
        w[i] += step[i];
        size += Math.abs(step[i]);
      }
      if (size < 1e-8) break;
    }
    return w;
  }

  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
      double[] t = m[c];
      m[c] = m[piv];
      m[piv] = t;
      if (Math.abs(m[c][c]) < 1e-12) continue;
      for (int r = 0; r < n; r++) {
        if (r == c) continue;
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    return x;
  }
}

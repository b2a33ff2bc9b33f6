package dev.parallax.bench;

import dev.parallax.cluster.CapitalisedNgrams;
import dev.parallax.cluster.Embedder;
import dev.parallax.cluster.MiniLmEmbedder;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.cluster.StreamingClusterer;
import dev.parallax.dedup.NearDuplicates;
import dev.parallax.domain.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Speed of dedup + clustering alone (no extraction, no store). Synthetic stream: events with their own
 * topic words and names over a Zipf background vocabulary, a few articles per event, one every 20 seconds,
 * 5% near-copies. Prints articles per second in windows as the number of stored articles grows, for the
 * lexical path (tf-idf + names + MinHash, the hand-made score), for the path with embeddings given
 * (cheap synthetic 384-d vectors of hashed words stand in for embeddings made once per article and
 * stored: it measures the vector index, the member cosines and the join model, not the embedding model)
 * and separately for the full path that runs MiniLM on every article. Each run ends with the heap still in
 * use after a collection. Candidates come from the in-memory inverted index, Lucene (BM25 + HNSW), or both
 * in turn.
 *
 * <p>Usage: {@code ClusteringBench [maxArticles=100000] [embeddedArticles=2000] [index=postings|lucene|both]
 * [paths=lexical,given,minilm]}
 */
public final class ClusteringBench {

  private static final int WINDOW = 5_000;

  private ClusteringBench() {}

  public static void main(String[] args) {
    int max = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int embedded = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    System.out.printf("cores=%d maxHeap=%d MB%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    String index = args.length > 2 ? args[2] : "postings";
    Set<String> paths = new HashSet<>(List.of((args.length > 3 ? args[3] : "lexical,given,minilm").split(",")));
    if (!Set.of("lexical", "given", "minilm").containsAll(paths))
      throw new IllegalArgumentException("paths are lexical, given and minilm, comma-separated: not " + paths);
    for (boolean lucene : new boolean[] {false, true}) {
      if (lucene ? index.equals("postings") : index.equals("lucene")) continue;
      String via = lucene ? "Lucene BM25 + HNSW candidates" : "in-memory inverted index";
      if (paths.contains("lexical")) {
        System.out.println("== lexical path (tf-idf + capitalised names + MinHash), no embeddings; " + via);
        run(clusterer(null, lucene), new Synthetic(new Random(42)), max);
      }
      if (paths.contains("given")) {
        System.out.println("== with embeddings given (synthetic 384-d hashed words, almost free), join model; " + via);
        run(clusterer(new HashedWords(), lucene), new Synthetic(new Random(42)), max);
      }
      if (paths.contains("minilm")) {
        System.out.println("== full path with MiniLM embeddings of title + lead; " + via);
        run(clusterer(new MiniLmEmbedder(), lucene), new Synthetic(new Random(7)), embedded);
      }
    }
  }

  private static StreamingClusterer clusterer(Embedder embedder, boolean lucene) {
    return new StreamingClusterer(
        StreamingClusterer.Settings.standard(), new CapitalisedNgrams(), NearDuplicates.standard(), embedder,
        lucene);
  }

  /**
   * Not a language model: sums a fixed pseudo-random vector per word, so articles of one event get close
   * vectors and the vector index, the cosines and the join model have their usual work at almost no cost of
   * their own. The vectors of the most frequent words are kept (a bounded cache, so the heap the bench
   * reports is the clusterer's); one thread at a time.
   */
  static final class HashedWords implements Embedder {
    private static final int DIM = 384;
    private static final int CACHED_WORDS = 20_000;
    private final Map<String, float[]> words = new HashMap<>();

    @Override
    public String name() {
      return "hashed-words";
    }

    @Override
    public int dimension() {
      return DIM;
    }

    @Override
    public float[] embed(String text) {
      float[] v = new float[DIM];
      for (String w : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
        if (w.isEmpty()) continue;
        float[] wv = words.get(w);
        if (wv == null) {
          wv = vector(w);
          if (words.size() < CACHED_WORDS) words.put(w, wv);
        }
        for (int i = 0; i < DIM; i++) v[i] += wv[i];
      }
      double n = 0;
      for (float x : v) n += x * x;
      if (n > 0) for (int i = 0; i < DIM; i++) v[i] /= (float) Math.sqrt(n);
      return v;
    }

    private static float[] vector(String word) {
      Random r = new Random(word.hashCode());
      float[] v = new float[DIM];
      for (int i = 0; i < DIM; i++) v[i] = (float) r.nextGaussian();
      return v;
    }
  }

  private static void run(StreamingClusterer clusterer, Synthetic stream, int n) {
    long start = System.nanoTime();
    long windowStart = start;
    int window = Math.min(WINDOW, Math.max(500, n / 4));
    for (int i = 1; i <= n; i++) {
      StoryClusterer.Assignment a = clusterer.assign(stream.next());
      if (a == null) throw new IllegalStateException("no assignment");
      if (i % window == 0) {
        long now = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
            "stored=%,9d  window=%,7.0f articles/s  (%.3f ms/article)  stories=%,9d  heapUsed=%,6d MB%n",
            i, window / ((now - windowStart) / 1e9), (now - windowStart) / 1e6 / window,
            clusterer.storyCount(), (rt.totalMemory() - rt.freeMemory()) >> 20);
        windowStart = now;
      }
    }
    System.out.printf("overall %,.0f articles/s over %,d articles%n", n / ((System.nanoTime() - start) / 1e9), n);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf("heap in use after a collection: %,d MB (%,d open stories)%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20, clusterer.storyCount());
  }

  /** A reproducible synthetic news stream. */
  static final class Synthetic {
    private static final int VOCAB = 60_000;
    private final Random random;
    private final List<Article> recent = new ArrayList<>();
    private int id;
    private int event;
    private String[] topic = new String[0];
    private String[] names = new String[0];
    private int left;
    private Instant clock = Instant.parse("2024-01-01T00:00:00Z");

    Synthetic(Random random) {
      this.random = random;
    }

    Article next() {
      clock = clock.plusSeconds(20);
      if (!recent.isEmpty() && random.nextDouble() < 0.05) {
        Article o = recent.get(random.nextInt(recent.size()));
        List<String> paras = new ArrayList<>(o.paragraphs());
        paras.set(paras.size() - 1, paras.get(paras.size() - 1) + " Copyright the agency.");
        return article(o.title(), paras);
      }
      if (left == 0) newEvent();
      left--;
      List<String> paras = new ArrayList<>();
      for (int p = 0; p < 6; p++) paras.add(sentence(25));
      Article a = article(sentence(10), paras);
      recent.add(a);
      if (recent.size() > 200) recent.remove(0);
      return a;
    }

    private Article article(String title, List<String> paras) {
      String aid = "a" + (id++);
      return new Article(aid, null, null, null, title, null, null, clock, "en", paras, List.of(), List.of(), aid);
    }

    private void newEvent() {
      event++;
      topic = new String[8];
      for (int i = 0; i < topic.length; i++) topic[i] = word(zipf());
      names = new String[3];
      for (int i = 0; i < names.length; i++) names[i] = "Kal" + word(random.nextInt(VOCAB)) + " Vor" + word(random.nextInt(VOCAB));
      left = 1 + random.nextInt(6);
    }

    private String sentence(int words) {
      StringBuilder sb = new StringBuilder("Reports said");
      for (int i = 0; i < words; i++) {
        double r = random.nextDouble();
        String w = r < 0.3 ? topic[random.nextInt(topic.length)] : r < 0.4 ? names[random.nextInt(names.length)] : word(zipf());
        sb.append(' ').append(w);
      }
      return sb.append('.').toString();
    }

    private int zipf() {
      return (int) Math.min(VOCAB - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(VOCAB))) - 1);
    }

    private static String word(int n) {
      StringBuilder sb = new StringBuilder();
      int x = n + 27;
      while (x > 0) {
        sb.append((char) ('a' + x % 26));
        x /= 26;
      }
      return sb.toString();
    }
  }
}

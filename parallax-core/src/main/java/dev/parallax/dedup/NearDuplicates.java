package dev.parallax.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Finds the earlier article a text is a near-copy of. Texts become sets of word 5-shingles; a MinHash
 * signature of {@value #HASHES} values estimates their Jaccard similarity and LSH banding ({@value #BANDS}
 * bands of {@value #ROWS} rows) finds candidates without scanning what is stored. A candidate counts as
 * the original when the estimated Jaccard similarity reaches the threshold. Only the most recent
 * {@code capacity} articles are remembered, which bounds memory: copies arrive close in time.
 */
public final class NearDuplicates {

  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  private static final int SHINGLE = 5;

  private final double threshold;
  private final int capacity;
  private final long[] seedsA = new long[HASHES];
  private final long[] seedsB = new long[HASHES];
  private final Map<String, int[]> signatures = new HashMap<>();
  private final List<Map<Long, List<String>>> bands = new ArrayList<>();
  private final ArrayDeque<String> order = new ArrayDeque<>();

  /**
   * @param threshold estimated Jaccard similarity of shingle sets from which a text is a copy (0..1)
   * @param capacity how many recent articles to remember
   */
  public NearDuplicates(double threshold, int capacity) {
    if (!(threshold > 0 && threshold <= 1))
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    if (capacity < 1) throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    this.threshold = threshold;
    this.capacity = capacity;
    SplittableRandom random = new SplittableRandom(20250218L);
    for (int i = 0; i < HASHES; i++) {
      seedsA[i] = random.nextLong() | 1L;
      seedsB[i] = random.nextLong();
    }
    for (int b = 0; b < BANDS; b++) bands.add(new HashMap<>());
  }

  /** The defaults used by Parallax: copies share at least 60% of their shingles; 200,000 remembered. */
  public static NearDuplicates standard() {
    return new NearDuplicates(0.6, 200_000);
  }

  /** How many recent articles it remembers. */
  public int capacity() {
    return capacity;
  }

  /** The signature of a text; empty texts (fewer words than a shingle) get none. */
  public Optional<int[]> signature(String text) {
    String[] words = words(text);
    if (words.length < SHINGLE) return Optional.empty();
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long h = 1125899906842597L;
      for (int k = 0; k < SHINGLE; k++) h = 31 * h + words[i + k].hashCode();
      h = mix(h);
      for (int j = 0; j < HASHES; j++) {
        int v = (int) (mix(h * seedsA[j] + seedsB[j]) >>> 33);
        if (v < sig[j]) sig[j] = v;
      }
    }
    return Optional.of(sig);
  }

  /**
   * The best-matching remembered article that {@code text} copies, if any; then remembers {@code id}.
   */
  public Optional<String> check(String id, String text) {
    Optional<int[]> sig = signature(text);
    if (sig.isEmpty()) return Optional.empty();
    Optional<String> original = originalOf(sig.get());
    remember(id, sig.get());
    return original;
  }

  /** The remembered article most similar to this signature, if similar enough. */
  public Optional<String> originalOf(int[] sig) {
    String best = null;
    double bestScore = threshold;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int b = 0; b < BANDS; b++) {
      List<String> hits = bands.get(b).get(bandKey(sig, b));
      if (hits == null) continue;
      for (String candidate : hits) {
        if (!seen.add(candidate)) continue;
        int[] other = signatures.get(candidate);
        if (other == null) continue;
        double score = similarity(sig, other);
        if (score >= bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The estimated Jaccard similarity of the shingle sets behind two signatures. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
    return same / (double) HASHES;
  }

  public int size() {
    return signatures.size();
  }

  /**
   * Remembers an article without asking whether it is a copy (replaying past decisions), by a signature
   * computed earlier ({@link #signature} is safe on any thread).
   */
  public void remember(String id, int[] sig) {
    if (signatures.put(id, sig) != null) return;
    order.addLast(id);
    for (int b = 0; b < BANDS; b++)
      bands.get(b).computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>(1)).add(id);
    while (order.size() > capacity) forget(order.removeFirst());
  }

  private void forget(String id) {
    int[] sig = signatures.remove(id);
    if (sig == null) return;
    for (int b = 0; b < BANDS; b++) {
      long key = bandKey(sig, b);
      List<String> hits = bands.get(b).get(key);
      if (hits == null) continue;
      hits.remove(id);
      if (hits.isEmpty()) bands.get(b).remove(key);
    }
  }

  private static long bandKey(int[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) h = h * 0x9E3779B97F4A7C15L + sig[band * ROWS + r];
    return mix(h);
  }

  private static String[] words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}

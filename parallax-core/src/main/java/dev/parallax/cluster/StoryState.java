package dev.parallax.cluster;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.util.VectorUtil;

/**
 * What the clusterer remembers of one story: summed term, name and embedding vectors, its latest members and
 * its time span.
 */
final class StoryState {

  static final int CENTROID_TERMS = 150;
  static final int CENTROID_ENTITIES = 60;

  final String id;
  private final Map<Integer, Double> textSum = new HashMap<>();
  private final Map<Integer, Double> entitySum = new HashMap<>();
  private SparseVector text = SparseVector.EMPTY;
  private SparseVector entities = SparseVector.EMPTY;
  /** Whether the sums changed since the centroids were last made (a replay adds many members in a row). */
  private boolean stale;
  private float[] embeddingSum;
  /** One over the length of {@link #embeddingSum}, made when next read after the sum changed (NaN). */
  private double embeddingScale = Double.NaN;
  /** The latest few members, for best-member (not only centroid) matching. */
  final java.util.ArrayDeque<Member> recent = new java.util.ArrayDeque<>();
  Instant first;
  Instant last;
  int size;
  /** Set when the story no longer takes articles; its vectors are then released. */
  boolean closed;
  /** Set when this story was folded into another. */
  StoryState mergedInto;

  static final int RECENT_MEMBERS = 6;

  record Member(SparseVector text, SparseVector entities, float[] embedding, SparseVector title) {}

  StoryState(String id) {
    this.id = id;
  }

  void close() {
    closed = true;
    textSum.clear();
    entitySum.clear();
    recent.clear();
    embeddingSum = null;
    embeddingScale = Double.NaN;
    text = SparseVector.EMPTY;
    entities = SparseVector.EMPTY;
    stale = false;
  }

  /** The centroid of the members' term vectors: the heaviest {@value #CENTROID_TERMS} summed terms. */
  SparseVector text() {
    refresh();
    return text;
  }

  /** The centroid of the members' name vectors. */
  SparseVector entities() {
    refresh();
    return entities;
  }

  private void refresh() {
    if (!stale) return;
    text = SparseVector.of(textSum, CENTROID_TERMS);
    entities = SparseVector.of(entitySum, CENTROID_ENTITIES);
    stale = false;
  }

  StoryState resolve() {
    StoryState s = this;
    while (s.mergedInto != null) s = s.mergedInto;
    return s;
  }

  void add(
      SparseVector textVector, SparseVector entityVector, float[] embedding, SparseVector title, Instant published) {
    if (embedding != null) {
      if (embeddingSum == null) embeddingSum = new float[embedding.length];
      for (int i = 0; i < embedding.length; i++) embeddingSum[i] += embedding[i];
      embeddingScale = Double.NaN;
    }
    recent.addLast(new Member(textVector, entityVector, embedding, title));
    if (recent.size() > RECENT_MEMBERS) recent.removeFirst();
    accumulate(textSum, textVector);
    accumulate(entitySum, entityVector);
    // made when next read: the heaviest terms of the pruned sums are those of the full sums (ties by id)
    stale = true;
    prune(textSum, CENTROID_TERMS * 2);
    prune(entitySum, CENTROID_ENTITIES * 2);
    size++;
    if (published != null) {
      if (first == null || published.isBefore(first)) first = published;
      if (last == null || published.isAfter(last)) last = published;
    }
  }

  void absorb(StoryState other) {
    for (var e : other.textSum.entrySet()) textSum.merge(e.getKey(), e.getValue(), Double::sum);
    for (var e : other.entitySum.entrySet()) entitySum.merge(e.getKey(), e.getValue(), Double::sum);
    stale = true;
    if (other.embeddingSum != null) {
      if (embeddingSum == null) embeddingSum = new float[other.embeddingSum.length];
      for (int i = 0; i < embeddingSum.length; i++) embeddingSum[i] += other.embeddingSum[i];
      embeddingScale = Double.NaN;
    }
    for (Member m : other.recent) {
      recent.addLast(m);
      if (recent.size() > RECENT_MEMBERS) recent.removeFirst();
    }
    size += other.size;
    if (other.first != null && (first == null || other.first.isBefore(first))) first = other.first;
    if (other.last != null && (last == null || other.last.isAfter(last))) last = other.last;
    other.mergedInto = this;
    other.close();
  }

  /** Whether a member brought an embedding. */
  boolean hasEmbedding() {
    return embeddingSum != null;
  }

  /**
   * The direction of the members' summed embeddings (a new unit vector at each call: the story keeps only
   * the sum), or null when none has one.
   */
  float[] embedding() {
    return unit(embeddingSum);
  }

  /** Cosine of a unit vector with the story's embedding centroid; NaN when either is missing. */
  double cosine(float[] unit) {
    if (unit == null || embeddingSum == null || scale() == 0) return Double.NaN;
    return VectorUtil.dotProduct(unit, embeddingSum) * scale();
  }

  /** Cosine of two stories' embedding centroids; NaN when either has none. */
  static double cosine(StoryState a, StoryState b) {
    if (a.embeddingSum == null || b.embeddingSum == null || a.scale() == 0 || b.scale() == 0) return Double.NaN;
    return VectorUtil.dotProduct(a.embeddingSum, b.embeddingSum) * a.scale() * b.scale();
  }

  private double scale() {
    if (Double.isNaN(embeddingScale)) {
      double n = 0;
      for (float x : embeddingSum) n += x * x;
      embeddingScale = n == 0 ? 0 : 1 / Math.sqrt(n);
    }
    return embeddingScale;
  }

  /**
   * Cosine of two unit vectors (as {@link #unit} makes them), a dot product; NaN when either is missing.
   * Lucene's {@link VectorUtil} computes it, in SIMD where the JVM offers the vector module.
   */
  static double cosine(float[] a, float[] b) {
    if (a == null || b == null) return Double.NaN;
    return VectorUtil.dotProduct(a, b);
  }

  /** {@code v} scaled to unit length (a copy), or null when it is null or zero. */
  static float[] unit(float[] v) {
    if (v == null) return null;
    double n = 0;
    for (float x : v) n += x * x;
    if (n == 0) return null;
    float[] u = new float[v.length];
    float scale = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < v.length; i++) u[i] = v[i] * scale;
    return u;
  }

  private static void accumulate(Map<Integer, Double> sum, SparseVector v) {
    for (int i = 0; i < v.ids().length; i++) sum.merge(v.ids()[i], (double) v.weights()[i], Double::sum);
  }

  /** Keeps memory per story bounded: drops the weakest terms once there are too many. */
  private static void prune(Map<Integer, Double> sum, int max) {
    if (sum.size() <= max * 3 / 2) return;
    var keep =
        sum.entrySet().stream()
            .sorted(SparseVector.HEAVIEST_FIRST)
            .limit(max)
            .toList();
    sum.clear();
    for (var e : keep) sum.put(e.getKey(), e.getValue());
  }
}

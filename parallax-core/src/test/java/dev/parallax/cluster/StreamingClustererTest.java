package dev.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.store.InMemoryStories;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quality thresholds on labelled streams; the numbers are printed for the record. */
class StreamingClustererTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir Path work;

  @Test
  void groupsTheDevelopmentStreamIntoItsEvents() throws Exception {
    LabelledStream stream = LabelledStream.load(FIXTURES.resolve("clustering-dev/news_cluster.jsonl"), work);
    Scores scores = stream.cluster(StreamingClusterer.standard());
    System.out.println("clustering-dev: " + scores);
    // Measured B-cubed P/R/F1 0.991 / 0.935 / 0.962, pairwise 0.942 with the fitted join model (the
    // hand-made score: 0.955 / 0.937; plain TF-IDF single pass: 0.91). The model was fitted on this stream:
    // JoinModelFit -Dcv=true scores each half of its events with a model fitted on the other (0.970, 0.968).
    assertThat(scores.bcubedF1()).isGreaterThanOrEqualTo(0.96);
    assertThat(scores.pairF1()).isGreaterThanOrEqualTo(0.935);
  }

  @Test
  void groupsTheDevelopmentStreamWithoutItsDates() throws Exception {
    LabelledStream dated = LabelledStream.load(FIXTURES.resolve("clustering-dev/news_cluster.jsonl"), work);
    LabelledStream stream = dated.undated();
    Scores scores = stream.cluster(StreamingClusterer.standard());
    System.out.println("clustering-dev without dates: " + scores);
    // Without dates the hand-made score decides (the join model judges dated pairs only): measured B-cubed
    // P 0.894, R 0.976, F1 0.933, pairwise F1 0.791, as four North Korea events grow into one story.
    assertThat(scores.bcubedF1()).isGreaterThanOrEqualTo(0.925);
    assertThat(scores.bcubedRecall()).isGreaterThanOrEqualTo(0.96);
  }

  @Test
  void clustersAsWellAfterARestartAsWithout() throws Exception {
    LabelledStream stream = LabelledStream.load(FIXTURES.resolve("clustering-dev/news_cluster.jsonl"), work);
    Scores uninterrupted = stream.cluster(StreamingClusterer.standard());
    List<Article> articles = stream.articles();
    int cut = articles.size() / 2;
    InMemoryStories store = new InMemoryStories();
    StoryBook before = new StoryBook(StreamingClusterer.standard(), store);
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles.subList(0, cut)) {
      before.add(a);
      byId.put(a.id(), a);
    }

    StoryBook after = new StoryBook(StreamingClusterer.standard(), store);
    after.restore(ids -> ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), limit -> List.copyOf(byId.keySet()));
    for (Article a : articles.subList(cut, articles.size())) after.add(a);

    Map<String, String> storyOf = new HashMap<>();
    for (Story s : store.stories()) for (String id : s.articleIds()) storyOf.put(id, s.id());
    Scores restarted = Scores.of(storyOf, stream.events());
    System.out.println("clustering-dev, restarted half way: " + restarted);
    // The replay brings each article's stored embedding (in half floats, as the database keeps them): the
    // same scores as without a restart (0.962). Without them the restored stories were judged on words and
    // names alone: 0.957.
    assertThat(restarted.bcubedF1()).isCloseTo(uninterrupted.bcubedF1(), org.assertj.core.data.Offset.offset(0.002));
  }

  @Test
  void replaysAStoryWithoutStoredEmbeddingsItCannotUse() {
    List<Article> seeds = LabelledStream.read(FIXTURES.resolve("seeds"));
    StreamingClusterer clusterer = StreamingClusterer.standard();
    float[] notFinite = new float[384];
    notFinite[0] = Float.NaN;
    clusterer.restore(
        List.of(
            new StoryClusterer.Replay(seeds.get(0), "s-old", null, true, new float[] {1, 0, 0}),
            new StoryClusterer.Replay(seeds.get(1), "s-old", null, true, notFinite)));

    // the story goes on (its articles without embeddings), and its centroid is no mix of lengths
    StoryClusterer.Assignment copy = clusterer.assign(seeds.get(0).withId("copy"));
    StoryClusterer.Assignment next = clusterer.assign(seeds.get(2));

    assertThat(copy.storyId()).isEqualTo("s-old");
    assertThat(copy.duplicateOf()).isEqualTo(seeds.get(0).id());
    assertThat(next.embedding()).hasSize(384).doesNotContain(Float.NaN);
  }

  @Test
  void keepsUndatedEventsOfTheSameKindApart() throws Exception {
    LabelledStream stream =
        LabelledStream.load(FIXTURES.resolve("clustering-hard/same_kind_events.jsonl"), work);
    Scores scores = stream.cluster(StreamingClusterer.standard());
    System.out.println("clustering-hard (same-kind events, no dates): " + scores);
    assertThat(scores.bcubedPrecision()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.bcubedF1()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * Real articles of clustering-dev, undated, in groups of events of one kind: four airline incidents,
   * five space stories, four sky sightings, four attacks, five crashes; and three groups of one place or
   * actor at different times (four North Korea events, two New Year's Eves in Germany, two cryptocurrency
   * moves), which words, names and embeddings alone do not tell apart.
   */
  @Test
  void keepsRealEventsOfTheSameKindApartWithoutDates() throws Exception {
    LabelledStream dev = LabelledStream.load(FIXTURES.resolve("clustering-dev/news_cluster.jsonl"), work);
    Map<String, Set<Integer>> kinds = new java.util.LinkedHashMap<>();
    kinds.put("airline incidents", Set.of(10, 14, 38, 39));
    kinds.put("space", Set.of(18, 32, 46, 47, 49));
    kinds.put("sky", Set.of(16, 17, 31, 33));
    kinds.put("attacks", Set.of(12, 64, 68, 73));
    kinds.put("crashes", Set.of(2, 4, 35, 54, 75));
    Set<Integer> all = new java.util.HashSet<>(Set.of(19, 34, 70, 71, 21, 69, 23, 63));
    for (var kind : kinds.entrySet()) {
      Scores scores = dev.events(kind.getValue()).undated().cluster(StreamingClusterer.standard());
      System.out.println("clustering-dev, " + kind.getKey() + ", no dates: " + scores);
      // measured B-cubed precision 1.0 but for space (0.94: the Tesla Roadster joins its Falcon Heavy
      // launch); F1 0.92, 0.89, 1.0, 0.97, 0.97
      assertThat(scores.bcubedPrecision()).as(kind.getKey()).isGreaterThanOrEqualTo(0.93);
      assertThat(scores.bcubedF1()).as(kind.getKey()).isGreaterThanOrEqualTo(0.88);
      all.addAll(kind.getValue());
    }
    Scores scores = dev.events(all).undated().cluster(StreamingClusterer.standard());
    System.out.println("clustering-dev, all the groups of one kind, no dates: " + scores);
    // Measured B-cubed F1 0.868 (P 0.792, R 0.959): the four North Korea events make one story, and so do
    // the two New Year's Eves.
    assertThat(scores.bcubedF1()).isGreaterThanOrEqualTo(0.86);
    Scores dated = dev.events(all).cluster(StreamingClusterer.standard());
    System.out.println("clustering-dev, all the groups of one kind, with dates: " + dated);
    assertThat(dated.bcubedF1()).isGreaterThanOrEqualTo(0.93); // measured 0.943
  }

  @Test
  void keepsIncidentsOfTheSameKindInTheSameWeekApart() throws Exception {
    LabelledStream stream =
        LabelledStream.load(FIXTURES.resolve("clustering-hard/same_week_incidents.jsonl"), work);
    Scores scores = stream.cluster(StreamingClusterer.standard());
    System.out.println("clustering-hard (same-week incidents, no dates): " + scores);
    // Measured 1.0; before headline words written in lower case in the lead stopped counting as names, the
    // two rate decisions (ECB, Bank of England) shared "Bank" and merged (B-cubed P 0.875).
    assertThat(scores.bcubedPrecision()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.bcubedF1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void keepsTheSeedsTogetherAndOtherPagesOutOfTheirStory() {
    StreamingClusterer clusterer = StreamingClusterer.standard();
    List<Article> seeds = LabelledStream.read(FIXTURES.resolve("seeds"));
    List<Article> others = LabelledStream.read(FIXTURES.resolve("extraction-dev/html"), false);
    assertThat(seeds).hasSize(5);
    assertThat(others).hasSizeGreaterThanOrEqualTo(50);
    Map<String, String> storyOf = new HashMap<>();
    // Interleave so the seeds' story is open while the unrelated pages arrive.
    int o = 0;
    for (int i = 0; i < seeds.size(); i++) {
      for (int k = 0; k < others.size() / seeds.size() && o < others.size(); k++) record(clusterer, others.get(o++), storyOf);
      record(clusterer, seeds.get(i), storyOf);
    }
    while (o < others.size()) record(clusterer, others.get(o++), storyOf);
    Set<String> seedStories = seeds.stream().map(a -> storyOf.get(a.id())).collect(Collectors.toSet());
    assertThat(seedStories).hasSize(1);
    String seedStory = seedStories.iterator().next();
    assertThat(others).allSatisfy(a -> assertThat(storyOf.get(a.id())).isNotEqualTo(seedStory));
  }

  @Test
  void marksACopyFromAnotherOutletAsADuplicateInTheSameStory() {
    StreamingClusterer clusterer = StreamingClusterer.standard();
    List<Article> seeds = LabelledStream.read(FIXTURES.resolve("seeds"));
    Article original = seeds.get(0);
    Article copy =
        new Article(
            "copy", null, null, null, original.title(), null, null, original.published(), "en",
            original.paragraphs().subList(0, original.paragraphs().size() - 1), List.of(), List.of(), "x");
    StoryClusterer.Assignment first = clusterer.assign(original);
    StoryClusterer.Assignment second = clusterer.assign(copy);
    assertThat(second.storyId()).isEqualTo(first.storyId());
    assertThat(second.duplicateOf()).isEqualTo(original.id());
  }

  @Test
  void continuesTheSameStoriesAfterARestart() throws Exception {
    List<Article> seeds = LabelledStream.read(FIXTURES.resolve("seeds"));
    InMemoryStories store = new InMemoryStories();
    StoryBook before = new StoryBook(StreamingClusterer.standard(), store);
    for (Article a : seeds.subList(0, 3)) before.add(a);
    Map<String, Article> byId = new HashMap<>();
    seeds.forEach(a -> byId.put(a.id(), a));

    StoryBook after = new StoryBook(StreamingClusterer.standard(), store);
    after.restore(ids -> ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), limit -> List.copyOf(byId.keySet()));
    Story last = null;
    for (Article a : seeds.subList(3, 5)) last = after.add(a);

    assertThat(store.stories()).hasSize(1);
    assertThat(last.articleIds()).containsExactlyInAnyOrderElementsOf(byId.keySet());
  }

  @Test
  void remembersTheNewestArticlesForTheCopyCheckAfterARestart() throws Exception {
    List<Article> seeds = LabelledStream.read(FIXTURES.resolve("seeds"));
    InMemoryStories store = new InMemoryStories();
    StoryBook before = new StoryBook(StreamingClusterer.standard(), store);
    for (Article a : seeds.subList(0, 3)) before.add(a);
    Map<String, Article> byId = new HashMap<>();
    seeds.forEach(a -> byId.put(a.id(), a));
    // which articles are newest is the store's to say, not the order of a story's members (stories
    // interleave and merge); here the store says the story's first two members are the newest
    List<String> newestFirst = List.of(seeds.get(0).id(), seeds.get(1).id(), seeds.get(2).id());

    // a copy check that remembers two articles
    StoryBook after =
        new StoryBook(
            new StreamingClusterer(
                StreamingClusterer.Settings.standard(), new CapitalisedNgrams(), new dev.parallax.dedup.NearDuplicates(0.6, 2), null),
            store);
    after.restore(
        ids -> ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(),
        limit -> newestFirst.subList(0, Math.min(limit, newestFirst.size())));

    Story withNewCopy = after.add(seeds.get(0).withId("copy-of-newest"));
    Story withOldCopy = after.add(seeds.get(2).withId("copy-of-oldest"));

    assertThat(withNewCopy.members()).contains(new Story.Member("copy-of-newest", seeds.get(0).id()));
    assertThat(withOldCopy.members()).contains(new Story.Member("copy-of-oldest", null));
  }

  @Test
  void reportsAStoryMergeSoTheStoreKeepsOneStory() throws Exception {
    List<Article> seeds = LabelledStream.read(FIXTURES.resolve("seeds"));
    Map<String, Article> byId = new HashMap<>();
    seeds.forEach(a -> byId.put(a.id(), a));
    // Two stored stories of the same event, as an earlier run that split them would have left them.
    InMemoryStories store = new InMemoryStories();
    for (Article a : seeds.subList(0, 2))
      store.saveStory(
          new Story("s-" + a.id(), a.title(), List.of(new Story.Member(a.id(), null)), a.published(), a.published()));
    StreamingClusterer.Settings s = StreamingClusterer.Settings.standard();
    StreamingClusterer.Settings eagerMerges =
        new StreamingClusterer.Settings(
            s.textWeight(), s.entityWeight(), s.embeddingWeight(), s.threshold(), s.mergeThreshold(),
            s.halfLife(), s.decayFloor(), s.followUpThreshold(), s.rareNameShare(), 0.2);
    StoryBook book =
        new StoryBook(
            new StreamingClusterer(
                eagerMerges, new CapitalisedNgrams(), dev.parallax.dedup.NearDuplicates.standard(), null),
            store);
    book.restore(ids -> ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), limit -> List.copyOf(byId.keySet()));

    Story merged = book.add(seeds.get(2));

    assertThat(store.stories()).hasSize(1);
    assertThat(store.stories().get(0).id()).isEqualTo(merged.id());
    assertThat(merged.articleIds())
        .containsExactlyInAnyOrder(seeds.get(0).id(), seeds.get(1).id(), seeds.get(2).id());
  }

  private static void record(StoryClusterer c, Article a, Map<String, String> storyOf) {
    StoryClusterer.Assignment asg = c.assign(a);
    for (String m : asg.merged()) storyOf.replaceAll((k, v) -> v.equals(m) ? asg.storyId() : v);
    storyOf.put(a.id(), asg.storyId());
  }
}

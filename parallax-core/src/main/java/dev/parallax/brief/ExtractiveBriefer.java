package dev.parallax.brief;

import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import dev.parallax.nlp.Annotator;
import dev.parallax.nlp.CanonicalEntity;
import dev.parallax.nlp.EntityType;
import dev.parallax.nlp.Sentences;
import dev.parallax.nlp.StoryAnnotator;
import dev.parallax.nlp.StoryQuote;
import dev.parallax.nlp.TextBudget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An extractive brief: the summary is the most central sentences across the story's outlets (LexRank over
 * TF-IDF similarity, weighted by how many other outlets echo a sentence), redundancy removed, ordered for
 * reading, each sentence citing every article that carries the same content; the timeline orders articles
 * by date or, undated, by their role; the headline is the title of the most central article.
 *
 * <p>Splitting an article into sentences is cached by id and content hash, so a story that gains an article
 * only pays for the new one. The sentences weighed are a fixed budget ({@link SentenceBudget}), so a brief's
 * memory and time do not grow with the size of the story or of its articles.
 */
public final class ExtractiveBriefer implements Briefer {

  static final int SUMMARY_SENTENCES = 5;
  /** TF-IDF cosine from which two sentences say the same thing (and cite each other's articles). */
  static final double SAME_CONTENT = 0.4;
  /** Content words two sentences must share on top of that, so a short common phrase is not a citation. */
  static final int SHARED_WORDS = 5;
  private static final double LINK = 0.1;
  private static final double REDUNDANT = 0.45;
  private static final int CACHE_LIMIT = 10_000;

  /** What a reader should know about the brief's limits, in a reader's words (shown behind a link). */
  static final List<String> NOT_YET =
      List.of(
          "Two outlets that say the same thing in very different words may be listed as two facts; a fact is"
              + " credited to an outlet only when one of its sentences says it.");
  /** Shown for a quote whose text does not say who spoke it. */
  static final String UNATTRIBUTED = "unattributed";

  private final Sentences splitter = new Sentences();
  private final SentenceFitness fitness = new SentenceFitness();
  private final Paraphrases paraphrases;
  private final Annotator annotator;

  /** A briefer with the English language stage for entities and quotes. */
  public ExtractiveBriefer() {
    this(StoryAnnotator.english());
  }

  /** A briefer that matches facts across outlets by meaning with the MiniLM model as well as by words. */
  public ExtractiveBriefer(Annotator annotator) {
    this(annotator, Paraphrases.miniLm());
  }

  /** @param paraphrases finds outlets that state a fact in other words, or null to match by words alone */
  ExtractiveBriefer(Annotator annotator, Paraphrases paraphrases) {
    this.annotator = annotator;
    this.paraphrases = paraphrases;
  }
  private final Map<String, List<String>> sentenceCache = new ConcurrentHashMap<>();


  @Override
  public Brief brief(Story story, List<Article> articles) {
    List<List<String>> byArticle = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    List<String> leads = new ArrayList<>();
    for (Article article : articles) {
      List<String> sentences = sentences(article);
      byArticle.add(sentences);
      bodies.add(String.join(" ", sentences));
      leads.add(String.join(" ", sentences.subList(0, Math.min(2, sentences.size()))));
    }
    // the pairs of sentences below cost their number squared: a fixed budget of them, whatever the story's size
    List<Statement> all = SentenceBudget.select(articles, byArticle);
    TermVectors vectors = new TermVectors(all.stream().map(Statement::text).toList());
    int n = all.size();
    double[][] sim = new double[n][n];
    double[] echo = new double[n];
    for (int i = 0; i < n; i++)
      for (int j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = vectors.cosine(i, j);
    // the articles carrying each sentence's content: its own and every other with a sentence saying the same
    List<TreeSet<Integer>> support = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      TreeSet<Integer> carriers = new TreeSet<>();
      carriers.add(all.get(i).article());
      for (int j = 0; j < n; j++) if (i != j && sameContent(all.get(i), all.get(j), sim[i][j])) carriers.add(all.get(j).article());
      support.add(carriers);
      echo[i] = support.get(i).size() + (all.get(i).position() < 3 ? 0.5 : 0); // echoed by outlets; leads carry the news
    }
    double[] rank = LexRank.rank(sim, LINK, echo);

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) if (fitness.shape(all.get(i).text()).isEmpty()) order.add(i);
    order.sort(Comparator.comparingDouble((Integer i) -> -rank[i]));
    List<Integer> chosen = new ArrayList<>();
    for (int i : order) {
      if (chosen.size() == SUMMARY_SENTENCES) break;
      if (chosen.stream().noneMatch(c -> sim[c][i] >= REDUNDANT) && fitness.fit(all.get(i).text())) chosen.add(i);
    }

    List<String> roles = Roles.assign(bodies, leads);
    List<Integer> timelineOrder = timelineOrder(articles, roles);
    Map<Integer, Integer> readingRank = new java.util.HashMap<>();
    for (int k = 0; k < timelineOrder.size(); k++) readingRank.put(timelineOrder.get(k), k);
    chosen.sort(
        Comparator.comparing((Integer i) -> readingRank.get(all.get(i).article()))
            .thenComparing(i -> all.get(i).position()));

    List<String> ids = articles.stream().map(Article::id).toList();
    List<Brief.Sourced> summary = new ArrayList<>();
    for (int i : chosen) summary.add(new Brief.Sourced(all.get(i).text(), support.get(i).stream().map(ids::get).toList()));
    List<Brief.Sourced> facts = new ArrayList<>();
    for (Facts.Group g : Facts.group(all, sim, rank, fitness, paraphrases))
      facts.add(new Brief.Sourced(all.get(g.representative()).text(), g.articles().stream().map(ids::get).toList()));
    List<Brief.Disagreement> disagreements = Updates.find(all, sim, readingRank, ids, t -> fitness.shape(t).isEmpty());
    List<Brief.TimelineEntry> timeline = new ArrayList<>();
    for (int a : timelineOrder)
      timeline.add(new Brief.TimelineEntry(articles.get(a).id(), articles.get(a).published(), roles.get(a)));
    Annotator.StoryAnnotations annotations = annotator.annotate(articles);
    return new Brief(
        headline(story, articles, all, rank, summary), summary, facts, quotes(annotations), entities(annotations),
        disagreements, timeline, NOT_YET);
  }

  private static List<Brief.Quote> quotes(Annotator.StoryAnnotations annotations) {
    List<Brief.Quote> out = new ArrayList<>();
    for (StoryQuote q : annotations.quotes())
      out.add(new Brief.Quote(q.speaker() == null ? UNATTRIBUTED : q.speaker(), q.text(), q.sources()));
    return out;
  }

  /**
   * People, organisations and places. A name the analysis could not type (a title of a work, a word that only
   * opens sentences) is not shown: a reader takes whatever is listed here for a person, organisation or place.
   */
  private static List<Brief.Entity> entities(Annotator.StoryAnnotations annotations) {
    List<Brief.Entity> out = new ArrayList<>();
    for (CanonicalEntity e : annotations.entities()) {
      if (e.type() == EntityType.OTHER) continue;
      List<String> variants = e.variants().keySet().stream().filter(v -> !v.equals(e.name())).toList();
      out.add(new Brief.Entity(e.name(), e.type().name(), variants, e.articles()));
    }
    return out;
  }

  private List<String> sentences(Article a) {
    String key = a.id() + ":" + a.contentHash();
    List<String> cached = sentenceCache.get(key);
    if (cached != null) return cached;
    List<String> out = new ArrayList<>();
    for (String p : TextBudget.leading(a.paragraphs(), TextBudget.ARTICLE_CHARS)) out.addAll(splitter.split(p));
    if (sentenceCache.size() >= CACHE_LIMIT) sentenceCache.clear();
    sentenceCache.put(key, List.copyOf(out));
    return out;
  }

  static boolean sameContent(Statement a, Statement b, double cosine) {
    return Statement.sameContent(a, b, cosine, SAME_CONTENT, SHARED_WORDS);
  }

  /** Dated articles by date; undated ones by role (preview, report, analysis, outcome), then arrival. */
  static List<Integer> timelineOrder(List<Article> articles, List<String> roles) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) order.add(i);
    boolean allDated = articles.stream().allMatch(a -> a.published() != null);
    Comparator<Integer> byDate =
        Comparator.comparing(i -> articles.get(i).published(), Comparator.nullsLast(Instant::compareTo));
    Comparator<Integer> byRole = Comparator.comparingInt(i -> Roles.rank(roles.get(i)));
    order.sort(allDated ? byDate : byRole.thenComparing(byDate));
    return order;
  }

  private static String headline(
      Story story, List<Article> articles, List<Statement> all, double[] rank, List<Brief.Sourced> summary) {
    double[] centrality = new double[articles.size()];
    for (int i = 0; i < all.size(); i++) centrality[all.get(i).article()] += rank[i];
    int best = -1;
    for (int a = 0; a < articles.size(); a++) {
      String t = articles.get(a).title();
      if (t != null && !t.isBlank() && (best < 0 || centrality[a] > centrality[best])) best = a;
    }
    if (best >= 0) return articles.get(best).title();
    if (!summary.isEmpty()) return shorten(summary.get(0).text());
    return story.title();
  }

  static String shorten(String sentence) {
    String[] words = sentence.replaceAll("[.!]+$", "").split("\\s+");
    if (words.length <= 14) return String.join(" ", words);
    return String.join(" ", java.util.Arrays.copyOf(words, 12)) + "…";
  }
}

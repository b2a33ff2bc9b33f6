package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.brief.Brief;
import dev.parallax.brief.ExtractiveBriefer;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real pipeline (read, extract, language stage, brief) on the hand-annotated real news of fixtures/gold (see
 * its README): names, quotes, unfit lines in summaries and facts, facts with their outlets, disagreements.
 *
 * <p>Thresholds are asserted on the dev split only, at what the pipeline measured when the set was made, so
 * any change can raise them and none may lower them. The test split is measured and printed, never asserted:
 * it is for the README, and nothing is tuned on it.
 */
class GoldSetTest {

  record Measured(NameQuoteTally names, BriefTally brief) {}

  static Measured measure(String split) throws Exception {
    NameQuoteTally names = new NameQuoteTally();
    BriefTally briefs = new BriefTally();
    for (GoldNews gold : GoldNews.split(split)) {
      List<Article> articles = gold.story().articles();
      Annotator.StoryAnnotations annotations = StoryAnnotator.english().annotate(articles);
      List<Story.Member> members = articles.stream().map(a -> new Story.Member(a.id(), null)).toList();
      Story story = new Story(gold.slug(), null, members, null, null);
      // the briefer is handed the annotations just made rather than making them a second time
      Brief brief = new ExtractiveBriefer(a -> annotations).brief(story, articles);
      names.add(gold, annotations, brief);
      briefs.add(gold, brief);
    }
    print(split, names, briefs);
    return new Measured(names, briefs);
  }

  private static void print(String split, NameQuoteTally n, BriefTally b) {
    System.out.println("== gold " + split);
    System.out.println(n.summary());
    System.out.println(b.summary());
    n.stories.forEach(m -> System.out.println("  " + m));
    n.missed.forEach(m -> System.out.println("  missed name: " + m));
    n.spurious.forEach(m -> System.out.println("  not a name of the story: " + m));
    n.wrongTypes.forEach(m -> System.out.println("  wrong type: " + m));
    n.junkShown.forEach(m -> System.out.println("  junk shown: " + m));
    n.merges.forEach(m -> System.out.println("  wrong merge: " + m));
    n.missedQuotes.forEach(m -> System.out.println("  missed quote: " + m));
    n.wrongSpeakers.forEach(m -> System.out.println("  wrong speaker: " + m));
    n.wrongQuotes.forEach(m -> System.out.println("  listed, not a quote: " + m));
    b.unfitShown.forEach(m -> System.out.println("  unfit shown: " + m));
    b.missedFacts.forEach(m -> System.out.println("  fact not stated: " + m));
    b.missedOutlets.forEach(m -> System.out.println("  outlet missed: " + m));
    b.spurious.forEach(m -> System.out.println("  spurious citation: " + m));
    b.wrongConflicts.forEach(m -> System.out.println("  wrong disagreement: " + m));
  }

  @Test
  void devMeetsTodaysLevel() throws Exception {
    Measured dev = measure("dev");
    NameQuoteTally n = dev.names();
    BriefTally b = dev.brief();
    // Measured when the set was made (dev / test, see fixtures/gold/README.md): names P 0.817 / 0.752, R 0.939 /
    // 0.947, people R 0.953 / 0.941, type 0.662 / 0.757, merges 0 / 0, junk shown 34 of 174 / 43 of 148; quotes found
    // 0.953 / 1.000, speaker right 0.707 / 0.632, listed that are not quotes 6 / 2; unfit sentences in summary or
    // facts 17 of 153 / 32 of 153; facts stated 0.795 / 0.811, outlet recall 0.736 / 0.768, spurious citations 3 / 1;
    // disagreements declared 0 / 1 (right 1). Raise these as the pipeline improves; never lower them.
    // Names and quotes after the nlp rules of issue #15 (dev): P 0.869, R 0.957, people R 0.984, type 0.790, junk
    // shown 27 of 175; quotes found 0.953, speaker right 0.780, listed that are not quotes 0.
    // Brief after the sentence-fitness check, the extraction's media lines and showing only typed names (dev): junk
    // shown 22 of 168; unfit sentences in summary or facts 5 of 148; facts stated 0.756, outlet recall 0.703,
    // spurious 3. Facts stated and outlet recall went down on purpose: the only sentences that stated two of the
    // gold facts are an embedded tweet (marked unfit in the gold itself) and a headline repeated in the body,
    // which a summary must not show.
    // Names after the general gazetteer (WordNet, GeoNames cities) and NameCues (dev): P 0.913, R 0.970 (159/164),
    // people R 0.984, type 0.925, junk shown 16 of 184.
    // Quotes after gender agreement, the subject read as a noun phrase, carrying a paragraph's last attribution to a
    // quote paragraph and one-word speakers (dev / test): speaker right 0.976 / 0.592 (was 0.780 / 0.592).
    assertThat(n.merges).as("wrong merges").isEmpty();
    assertThat(n.entityPrecision()).as("name precision").isGreaterThanOrEqualTo(0.91);
    assertThat(n.entityRecall()).as("name recall").isGreaterThanOrEqualTo(0.969);
    assertThat(n.peopleRecall()).as("people recall").isGreaterThanOrEqualTo(0.98);
    assertThat(n.typeAccuracy()).as("type accuracy").isGreaterThanOrEqualTo(0.92);
    assertThat(n.junkShown).as("junk shown").hasSizeLessThanOrEqualTo(16);
    assertThat(n.quoteFound()).as("quotes found").isGreaterThanOrEqualTo(0.95);
    assertThat(n.speakerAccuracy()).as("speaker accuracy").isGreaterThanOrEqualTo(0.97);
    assertThat(n.wrongQuotes).as("listed that are not quotes").hasSizeLessThanOrEqualTo(0);
    assertThat(b.unfitShown).as("unfit sentences in summary or facts").hasSizeLessThanOrEqualTo(5);
    assertThat(b.factRecall()).as("facts stated").isGreaterThanOrEqualTo(0.75);
    assertThat(b.outletRecall()).as("fact outlet recall").isGreaterThanOrEqualTo(0.70);
    assertThat(b.spurious).as("spurious citations").hasSizeLessThanOrEqualTo(3);
    assertThat(b.conflictPrecision()).as("disagreement precision").isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void testIsMeasuredNotAsserted() throws Exception {
    Measured test = measure("test");
    assertThat(test.names().goldEntities).as("test split loaded").isPositive();
  }
}

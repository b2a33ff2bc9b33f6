package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestArticles;
import dev.parallax.domain.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each general rule of quote finding, attribution and selection, on texts written for it. */
class QuoteRulesTest {

  private final StoryAnnotator annotator = StoryAnnotator.english();

  private Annotator.StoryAnnotations annotate(Article... articles) {
    return annotator.annotate(List.of(articles));
  }

  private static StoryQuote quote(Annotator.StoryAnnotations a, String words) {
    return a.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with " + words + " in " + a.quotes()));
  }

  @Test
  void aPronounIsTheSubjectOfTheParagraphNotAPersonMerelyMentioned() {
    var a = annotate(TestArticles.article("a1", "One",
        "Actress Uma Thurman spoke about the producer Harvey Weinstein.",
        "Thurman got to know Weinstein in the nineties. “I knew him pretty well before he attacked me,” she said."));
    assertThat(quote(a, "I knew him pretty well").speaker()).isEqualTo("Uma Thurman");
  }

  @Test
  void aSurnameTwoPeopleShareGoesToTheArticlesSubjectNotARelativeNamedOnce() {
    var a = annotate(TestArticles.article("a1", "One",
        "Uma Thurman has spoken out. Uma Thurman told the paper about the crash on the set.",
        "Her hall has a golden Buddha; her father, Robert Thurman, is a professor of Tibetan studies.",
        "The crash happened in Mexico in 2003.",
        "The film was a hit at the box office.",
        "“The steering wheel was at my belly and my legs were jammed under me,” Thurman said."));
    assertThat(quote(a, "steering wheel").speaker()).isEqualTo("Uma Thurman");
  }

  @Test
  void titlesOfWorksAndScareQuotesAreNoQuotes() {
    var a = annotate(TestArticles.article("a1", "One",
        "Quentin Tarantino directed “Kill Bill: Vol. 1” in Mexico, Tarantino said on Monday.",
        "“The shoot was long and hard for everyone on the set,” Tarantino said. He called the critics’ response “capitulation”.",
        "The studio’s “please” went unanswered."));
    assertThat(a.quotes()).extracting(StoryQuote::text).noneMatch(t -> t.contains("Kill Bill"))
        .noneMatch(t -> t.equals("please")).contains("The shoot was long and hard for everyone on the set");
  }

  @Test
  void thingsThatCannotSpeakAndTimesAreNoSpeakers() {
    var a = annotate(TestArticles.article("a1", "One",
        "Director Beau Willimon wrote on Thanksgiving: “We will keep telling this story until it is heard.”",
        "“We are still counting the damage in the town and it will take weeks,” this week said."));
    assertThat(quote(a, "keep telling this story").speaker()).isEqualTo("Beau Willimon");
    assertThat(a.quotes()).noneMatch(q -> "this week".equals(q.speaker()));
  }

  @Test
  void eachSpeakersMostInformativeQuotesAreFeaturedAndTheRestKept() {
    var a = annotate(
        TestArticles.article("a1", "One",
            "“We will raise spending to 2.5% of national income by 2027 and no later than that,” Keir Starmer said.",
            "“That is right,” Starmer said.", "“We are ready,” Starmer said.",
            "“Europe must do more for its own security, and Britain will lead,” Starmer said.",
            "“Yes,” Starmer said."),
        TestArticles.article("a2", "Two",
            "“Europe must do more for its own security, and Britain will lead,” Starmer told MPs."));
    List<StoryQuote> starmer = a.quotes().stream().filter(q -> "Keir Starmer".equals(q.speaker())).toList();
    assertThat(starmer).hasSize(5);
    assertThat(starmer.stream().filter(StoryQuote::featured)).hasSize(QuoteAttributor.FEATURED_PER_SPEAKER);
    assertThat(starmer.getFirst().text()).startsWith("Europe must do more"); // two outlets
    assertThat(starmer.get(1).text()).contains("2.5%");
    assertThat(starmer.stream().filter(q -> !q.featured())).extracting(StoryQuote::text).contains("Yes");
  }
}

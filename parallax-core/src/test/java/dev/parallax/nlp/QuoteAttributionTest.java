package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestArticles;
import dev.parallax.domain.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general methods of attribution added for issue #15 (gender agreement, the subject read as a noun phrase,
 * a paragraph carrying on the last attribution, a one-word speaker the story left untyped), each on a text
 * written for it; each fails when its method is taken out.
 */
class QuoteAttributionTest {

  private static Annotator.StoryAnnotations annotate(Article... articles) {
    return StoryAnnotator.english().annotate(List.of(articles));
  }

  private static StoryQuote quote(Annotator.StoryAnnotations a, String words) {
    return a.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with " + words + " in " + a.quotes()));
  }

  @Test
  void sheSaidGoesToTheWomanNamedEvenWhenAManWasNamedLast() {
    var a = annotate(TestArticles.article("a1", "One",
        "Margaret Ellison, the mayor, opened the new bridge on Friday. Councillor Robert Haynes cut the ribbon.",
        "“This bridge joins two halves of a town that waited forty years for it,” she said."));
    assertThat(quote(a, "This bridge joins").speaker()).isEqualTo("Margaret Ellison");
  }

  @Test
  void aNameInAPossessiveOrAfterAPrepositionIsNotTheSpeaker() {
    var a = annotate(TestArticles.article("a1", "One",
        "The storm flooded the harbour town of Westbury on Sunday.",
        "“We lost the boat and the house in a single night,” Helen Marsh, Peter Marsh’s sister, wrote on Sunday.",
        "A reporter for the Westbury Gazette said Peter Marsh was “still in shock and sleeping at the school”."));
    assertThat(quote(a, "We lost the boat").speaker()).isEqualTo("Helen Marsh");
    StoryQuote shock = quote(a, "still in shock");
    assertThat(shock.named()).as("an unnamed reporter, not the newspaper: " + shock).isFalse();
  }

  @Test
  void aVerbJoinedToAnEarlierOneHasThatVerbsSubject() {
    var a = annotate(TestArticles.article("a1", "One",
        "Carla Mendes has run the shelter since 2010. Last Christmas, she thanked the donors on Facebook,"
            + " but added a warning: “The roof will not survive another winter without repairs.”"));
    assertThat(quote(a, "The roof will not survive").speaker()).isEqualTo("Carla Mendes");
  }

  @Test
  void aQuoteParagraphWithoutAttributionCarriesOnThePreviousParagraphsSpeaker() {
    var a = annotate(TestArticles.article("a1", "One",
        "The harvest was the worst in a decade, the farmer Thomas Brandt said on Monday.",
        "“We planted twice and lost both crops to the rain in the same month.”",
        "Prices for wheat rose by a fifth over the week."));
    assertThat(quote(a, "We planted twice").speaker()).isEqualTo("Thomas Brandt");
  }

  @Test
  void aParagraphIntroducedByAColonIsTheIntroducersQuote() {
    var a = annotate(TestArticles.article("a1", "One",
        "Nordwind Systems explained the delay in a statement to customers:",
        "“The new chips arrived late from the factory, so every order will ship two weeks after the date we gave.”"));
    assertThat(quote(a, "The new chips arrived late").speaker()).isEqualTo("Nordwind Systems");
  }
}

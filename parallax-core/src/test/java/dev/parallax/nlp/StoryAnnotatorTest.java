package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestArticles;
import dev.parallax.domain.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language stage on small texts written for one case each. */
class StoryAnnotatorTest {

  private final StoryAnnotator annotator = StoryAnnotator.english();

  private Annotator.StoryAnnotations annotate(Article... articles) {
    return annotator.annotate(List.of(articles));
  }

  private static CanonicalEntity entity(Annotator.StoryAnnotations a, String variant) {
    return a.entities().stream().filter(e -> e.variants().containsKey(variant)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity with the spelling " + variant + " in " + a.entities()));
  }

  private static StoryQuote quote(Annotator.StoryAnnotations a, String words) {
    return a.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with " + words + " in " + a.quotes()));
  }

  @Test
  void mergesSpellingsTitlesAndSurnamesButNotNamesThatMerelyLookAlike() {
    var a = annotate(
        TestArticles.article("a1", "One", "President Volodymyr Zelensky met Donald Tusk in Warsaw on Monday.",
            "Polish Prime Minister Donald Tusk said Europe must act. Zelensky thanked him."),
        TestArticles.article("a2", "Two", "Volodymyr Zelenskyy spoke to Donald Trump by phone.",
            "Mr Trump said the call went well, and Sergey Lavrov, the Russian foreign minister, said nothing.",
            "Sergei Skripal was poisoned in Salisbury in 2018; Lavrov denied any role."));
    CanonicalEntity zelensky = entity(a, "Zelensky");
    assertThat(zelensky.variants()).containsKeys("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky");
    assertThat(zelensky.type()).isEqualTo(EntityType.PERSON);
    assertThat(zelensky.articles()).containsExactlyInAnyOrder("a1", "a2");
    assertThat(entity(a, "Donald Trump")).isNotEqualTo(entity(a, "Donald Tusk"));
    assertThat(entity(a, "Trump").name()).isEqualTo("Donald Trump");
    assertThat(entity(a, "Lavrov").name()).isEqualTo("Sergey Lavrov");
    assertThat(entity(a, "Sergei Skripal")).isNotEqualTo(entity(a, "Lavrov"));
    assertThat(entity(a, "Warsaw").type()).isEqualTo(EntityType.PLACE);
    assertThat(entity(a, "Lavrov").titles()).contains("russian foreign minister");
  }

  @Test
  void aSurnameSharedByTwoPeopleGoesToTheOneNamedLast() {
    var a = annotate(TestArticles.article("a1", "One",
        "Ed Miliband, the energy secretary, met his brother David Miliband in London.",
        "David Miliband said little. Later Ed Miliband spoke, and Miliband said the plan was sound."));
    assertThat(entity(a, "Ed Miliband")).isNotEqualTo(entity(a, "David Miliband"));
    assertThat(entity(a, "Ed Miliband").mentions()).isEqualTo(3);
  }

  @Test
  void attributesQuotesByVerbPronounRoleAndContinuation() {
    var a = annotate(TestArticles.article("a1", "One",
        "Prime Minister Keir Starmer met Chancellor Olaf Scholz in Berlin.",
        "“We will stand with Ukraine for as long as it takes,” Starmer said, “and we will not waver.”",
        "“Europe must step up,” he added.",
        "\"The talks were useful and long overdue,\" said Dmitry Peskov, the Kremlin spokesman.",
        "One senior diplomat said: “Nobody in this room believes the deal will hold.”",
        "The PM said: “Britain is ready to put troops on the ground.”",
        "“This is the first paragraph of a long statement by the chancellor about the future of the alliance.",
        "“And this is its second paragraph, which goes on,” Scholz told reporters.",
        "The so-called “peace plan” was published on Monday."));
    assertThat(quote(a, "stand with Ukraine").speaker()).isEqualTo("Keir Starmer");
    assertThat(quote(a, "stand with Ukraine").text()).contains("we will not waver"); // one quote, split by "Starmer said"
    assertThat(quote(a, "Europe must step up").speaker()).isEqualTo("Keir Starmer");
    assertThat(quote(a, "talks were useful").speaker()).isEqualTo("Dmitry Peskov");
    assertThat(quote(a, "Nobody in this room").named()).isFalse();
    assertThat(quote(a, "Nobody in this room").speaker()).isEqualTo("One senior diplomat");
    assertThat(quote(a, "ready to put troops").speaker()).isEqualTo("Keir Starmer");
    StoryQuote longOne = quote(a, "first paragraph of a long statement");
    assertThat(longOne.text()).contains("second paragraph");
    assertThat(longOne.speaker()).isEqualTo("Olaf Scholz");
    assertThat(a.quotes()).noneMatch(q -> q.text().equals("peace plan"));
  }

  @Test
  void theSameQuoteFromSeveralOutletsIsOneQuoteWithEverySource() {
    var a = annotate(
        TestArticles.article("a1", "One", "“We cannot accept any agreements without us,” Zelensky said."),
        TestArticles.article("a2", "Two", "President Volodymyr Zelenskyy said: \"We cannot accept any agreement without us.\""));
    assertThat(a.quotes()).hasSize(1);
    assertThat(a.quotes().getFirst().sources()).containsExactly("a1", "a2");
    assertThat(a.quotes().getFirst().speaker()).isEqualTo("Volodymyr Zelenskyy");
  }
}

package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MeaningTest {

  @Test
  void namesPeopleByTheirSurnameWhateverTheirTitle() {
    Meaning long_ =
        Meaning.of("Secretary of State Marco Rubio, national security adviser Mike Waltz and Trump’s Middle East"
            + " envoy Steve Witkoff met in Riyadh.");
    Meaning short_ = Meaning.of("Mr Rubio was joined by Waltz and Special Envoy Steve Witkoff.");

    assertThat(long_.names()).contains("rubio", "waltz", "witkoff", "trump", "riyadh").doesNotContain("marco", "secretary");
    assertThat(short_.names()).contains("rubio", "waltz", "witkoff").doesNotContain("mr", "envoy");
    assertThat(long_.sharedNames(short_, Set.of())).isEqualTo(3);
  }

  @Test
  void takesAnOpeningWordForANameOnlyWhenTheStoryNamesItElsewhere() {
    Meaning m = Meaning.of("Starmer had said he would deploy troops.");
    Meaning c = Meaning.of("Controversial talks have opened in Riyadh.");

    assertThat(m.names()).doesNotContain("starmer");
    assertThat(m.withName(Set.of("starmer")).names()).contains("starmer");
    assertThat(c.withName(Set.of("starmer")).names()).containsExactly("riyadh");
  }

  @Test
  void readsNumbersInDigitsOrWordsAndDays() {
    Meaning m = Meaning.of("Businesses lost $300 billion in three years, Dmitriev said on Tuesday.");

    assertThat(m.numbers()).containsExactlyInAnyOrder("300", "3");
    assertThat(m.days()).containsExactly("tuesday");
  }

  @Test
  void readsDatesAndYearsAsWhenNotHowMany() {
    Meaning m = Meaning.of("Dozens were killed on Sunday, October 1, the worst shooting since 2016.");
    Meaning n = Meaning.of("The festival ended on 1 October.");

    assertThat(m.numbers()).isEmpty();
    assertThat(m.days()).contains("sunday", "october 1", "2016");
    assertThat(n.numbers()).isEmpty();
    assertThat(n.days()).contains("october 1");
  }

  @Test
  void agreesOnlyWhenGivenNumbersAndDaysShareOne() {
    Meaning twelve = Meaning.of("At least 12 people were killed on Sunday.");
    Meaning fifteen = Meaning.of("At least 15 people were killed on Sunday.");
    Meaning none = Meaning.of("Dozens of people were killed.");
    Meaning monday = Meaning.of("At least 12 people were killed on Monday.");

    assertThat(twelve.agrees(fifteen)).isFalse();
    assertThat(twelve.agrees(none)).isTrue();
    assertThat(twelve.agrees(monday)).isFalse();
  }

  @Test
  void stemsWordsSoRewordingsMeet() {
    assertThat(Meaning.of("The meeting restored relations.").stems())
        .isEqualTo(Meaning.of("They meet to restore relations.").stems())
        .contains("meet", "restor");
  }
}

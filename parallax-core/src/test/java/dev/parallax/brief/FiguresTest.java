package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void readsAFigureWithItsUnitAndWhatItCounts() {
    Quantity q = Quantity.in("The group said $50 million of donated airtime was pledged.").get(0);

    assertThat(q.unit()).isEqualTo("$ million");
    assertThat(q.what()).isEqualTo("donated airtime");
    assertThat(Quantity.in("At least 12 people were killed on Sunday, 3 October 2021.").get(0).bound())
        .isEqualTo(Quantity.Bound.LOWER);
    assertThat(Quantity.in("The talks began on 18 February 2025 at 9 a.m. in Riyadh.")).isEmpty();
  }

  @Test
  void differentThingsOfTheSameUnitDoNotClash() {
    assertThat(clash("Networks gave $50 million of donated airtime to the effort.", "The $7 million campaign starts in May."))
        .isFalse();
    assertThat(clash("The deal is worth $82 a share, up from $70 a share.", "Broadcom offered $82 a share in cash and stock."))
        .isFalse();
    assertThat(clash("The government secured the release of 21 of the more than 200 Chibok schoolgirls.",
        "Boko Haram handed over 21 Chibok schoolgirls to the authorities.")).isFalse();
    assertThat(clash("As before, Broadcom would buy every share for $60 per share in cash.",
        "Broadcom's new $82 per share offer included $60 in cash and $22 in stock.")).isFalse();
    assertThat(clash("The documents name 140 politicians and public officials.",
        "They name 12 world leaders, as well as 128 other politicians and public officials.")).isFalse();
  }

  @Test
  void theSameQuantityOfTheSameThingClashesUnlessRoundedOrBounded() {
    assertThat(clash("At least 12 people were killed in the earthquake.", "At least 9 people were killed in the earthquake."))
        .isTrue();
    assertThat(clash("The leak holds 11.5 million documents.", "The leak holds 11 million documents.")).isFalse();
    assertThat(clash("More than 80 people died in the attack.", "84 people died in the attack.")).isFalse();
  }

  private static boolean clash(String a, String b) {
    return Figures.clash(Quantity.in(a), Quantity.in(b)).isPresent();
  }
}

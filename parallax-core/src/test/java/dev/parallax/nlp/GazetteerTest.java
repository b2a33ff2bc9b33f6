package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The general word lists derived from WordNet and GeoNames, and the JDK's time zones. */
class GazetteerTest {

  private final Gazetteer g = Gazetteer.english();

  @Test
  void commonWordsAndTheirPluralsButNoNames() {
    assertThat(g.common("Steers")).isTrue();
    assertThat(g.common("Search")).isTrue();
    assertThat(g.common("Bill")).isFalse(); // WordNet also writes it capitalised: a given name
    assertThat(g.common("Bucharest")).isFalse();
  }

  @Test
  void nounsOfPeopleOrganisationsAndPlaces() {
    assertThat(g.personNoun("Defender")).isTrue();
    assertThat(g.personNoun("Mark")).isFalse(); // a given name too
    assertThat(g.orgHead("Council")).isTrue();
    assertThat(g.orgHead("Clubs")).isTrue();
    assertThat(g.orgHead("Steers")).isFalse();
    assertThat(g.placeNoun("village")).isTrue();
  }

  @Test
  void givenNamesPlacesOrganisationsAndTimeZones() {
    assertThat(g.givenName("Hannah")).isTrue();
    assertThat(g.place("Pittsburgh")).isTrue();
    assertThat(g.place("Hopkins")).isFalse(); // a town, but a surname first
    assertThat(g.place("Nice")).isFalse(); // a city, but a common word first
    assertThat(g.organisation("Red Cross")).isTrue();
    assertThat(g.timeZone("GMT")).isTrue();
    assertThat(g.timeZone("EST")).isTrue();
    assertThat(g.timeZone("NATO")).isFalse();
  }
}

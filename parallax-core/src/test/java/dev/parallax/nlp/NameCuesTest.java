package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules that lean on the general gazetteer ({@link Gazetteer}: WordNet, GeoNames, the JDK's time zones), on
 * sentences written in the style of wire copy for them.
 */
class NameCuesTest {

  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(Lexicon.english());

  private static Map<String, EntityType> names(String... paragraphs) {
    return ANALYZER.analyse("t", List.of(paragraphs)).mentions().stream()
        .collect(Collectors.toMap(Mention::text, Mention::type, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static Map<String, EntityType> shown(String... paragraphs) {
    Map<String, EntityType> out = names(paragraphs);
    out.values().removeIf(t -> t == EntityType.OTHER);
    return out;
  }

  @Test
  void aRunOfCommonWordsIsNoPerson() {
    assertThat(shown("Weekly Grain Inspections totalled 12 million bushels, and Feeder Steers were steady.")).isEmpty();
    assertThat(shown("Quarterback Tom Savage started on Sunday.")).containsEntry("Tom Savage", EntityType.PERSON);
  }

  @Test
  void aNameEndingWithANounForAnOrganisationIsOne() {
    assertThat(shown("Officers of the Kenya Wildlife Militia said.")).containsEntry("Kenya Wildlife Militia", EntityType.ORGANIZATION)
        .doesNotContainKey("Wildlife Militia");
  }

  @Test
  void aClubNamedWithItsCityIsAnOrganisation() {
    assertThat(shown("Sparta Rotterdam beat Vitesse Arnhem 3-1 on Saturday."))
        .containsEntry("Sparta Rotterdam", EntityType.ORGANIZATION).containsEntry("Vitesse Arnhem", EntityType.ORGANIZATION);
  }

  @Test
  void theNamesOfAResultsLineAreTeams() {
    assertThat(shown("Feyenoord 3 Twente 0")).containsEntry("Feyenoord", EntityType.ORGANIZATION)
        .containsEntry("Twente", EntityType.ORGANIZATION);
  }

  @Test
  void aHeadlineInCapitalsGivesItsKnownPlacesOnly() {
    assertThat(shown("SOCCER - DUTCH CHAMPIONS HELD IN ROTTERDAM.")).containsExactly(Map.entry("Rotterdam", EntityType.PLACE));
  }

  @Test
  void aTimeZoneTheJdkKnowsIsNoName() {
    assertThat(names("All times GMT.")).isEmpty();
  }

  @Test
  void aHyphenatedTitleIsNoPartOfTheName() {
    var found = ANALYZER.analyse("t", List.of("Deputy Secretary-General Amina Farouk said on Friday.")).mentions();
    assertThat(found).extracting(Mention::text).containsExactly("Amina Farouk");
    assertThat(found.getFirst().title()).isEqualTo("Deputy Secretary-General");
  }

  @Test
  void aTownOfTheGazetteerIsAPlaceAndAFirstNameAloneIsAPerson() {
    assertThat(shown("The port reopened; Antwerp stayed shut.")).containsEntry("Antwerp", EntityType.PLACE);
    assertThat(shown("Hannah, 9, and her brother Zachary survived."))
        .containsEntry("Hannah", EntityType.PERSON).containsEntry("Zachary", EntityType.PERSON);
  }

  @Test
  void aNameAfterAPlaceNounAndOfIsAPlace() {
    assertThat(shown("Troops entered the village of Kafr Qasem at dawn.")).containsEntry("Kafr Qasem", EntityType.PLACE);
  }

  @Test
  void aKnownOrganisationIsNotCutAtAnd() {
    assertThat(shown("The National Institute of Standards and Technology said."))
        .containsOnlyKeys("National Institute of Standards and Technology");
  }

  @Test
  void namesListedTogetherShareTheTypeOfTheOnesWithACue() {
    assertThat(shown("Gazprom, Lukoil and Rosneft Oil Company shares fell.")).containsEntry("Lukoil", EntityType.ORGANIZATION);
  }

  @Test
  void aSurnameThatLooksPluralIsAPersonWhenItSpeaks() {
    assertThat(shown("Jones said the deal was done.")).containsEntry("Jones", EntityType.PERSON);
    assertThat(shown("Negotiators said the deal was done.")).isEmpty();
  }

  @Test
  void aLowerCaseNounOfAPersonBeforeANameIsItsDescription() {
    var found = ANALYZER.analyse("t", List.of("Her brother Karim called the ruling unjust.")).mentions();
    assertThat(found).extracting(Mention::text).containsExactly("Karim");
    assertThat(found.getFirst().type()).isEqualTo(EntityType.PERSON);
    assertThat(found.getFirst().title()).isEqualTo("brother");
  }

  @Test
  void namesListedWithAFirstNameArePeopleButAnAbbreviationIsNot() {
    assertThat(shown("The dead included Hannah and Ari, both pupils.")).containsEntry("Ari", EntityType.PERSON);
    assertThat(shown("He lives in Lake Forest, Ill. and works downtown.")).doesNotContainKey("Ill");
  }
}

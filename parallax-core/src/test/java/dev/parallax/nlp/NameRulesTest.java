package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each general rule of {@link MentionFinder}, on sentences written for it. */
class NameRulesTest {

  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(Lexicon.english());

  /** The names found with their types, OTHER (unsure, never shown as a name) included. */
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
  void captionsLabelsAndButtonsAreNoNames() {
    assertThat(shown("200 FEET LAS VEGAS BOULEVARD CROWD STAGE Site of the shooting.")).isEmpty();
    assertThat(shown("Photos: the festival grounds. Hide Caption 10 of 30")).isEmpty();
    assertThat(shown("Getty Images Image copyright. CLOSE A man was killed.")).isEmpty();
  }

  @Test
  void pronounsContractionsAndLoneLettersAreNoNames() {
    assertThat(names("I'll be there, I promise.")).isEmpty();
    assertThat(shown("Spain and Italy were drawn in Group A.")).containsOnlyKeys("Spain", "Italy");
  }

  @Test
  void aDatelineIsThePlaceInTitleCaseAndTimeZonesAreNoOrganisations() {
    assertThat(shown("LONDON — The talks ended at 10:30 GMT on Monday.")).containsExactly(Map.entry("London", EntityType.PLACE));
  }

  @Test
  void anOccupationOrNationalityBeforeANameIsNotPartOfIt() {
    var found = ANALYZER.analyse("t", List.of("Actress Uma Thurman spoke first.",
        "Defender Hassan Abbas and Argentine Abel Balbo scored.")).mentions();
    assertThat(found).extracting(Mention::text).containsExactly("Uma Thurman", "Hassan Abbas", "Abel Balbo");
    assertThat(found).allMatch(m -> m.type() == EntityType.PERSON);
    assertThat(found.getFirst().title()).isEqualTo("Actress");
  }

  @Test
  void hyphensAndAndDoNotCutAName() {
    assertThat(shown("Boutros Boutros-Ghali met the State Law and Order Restoration Council on Monday."))
        .containsEntry("Boutros Boutros-Ghali", EntityType.PERSON)
        .containsEntry("State Law and Order Restoration Council", EntityType.ORGANIZATION);
    assertThat(shown("Officials in Russia and Ukraine met.")).containsOnlyKeys("Russia", "Ukraine");
  }

  @Test
  void teamsAndBodiesNamedAfterPlacesAreOrganisations() {
    Map<String, EntityType> n = shown("The Cowboys beat Steaua Bucharest on Sunday.", "She left the Dallas Cowboys in May.",
        "Islamic State claimed the attack.");
    assertThat(n).containsEntry("Cowboys", EntityType.ORGANIZATION).containsEntry("Steaua Bucharest", EntityType.ORGANIZATION)
        .containsEntry("Dallas Cowboys", EntityType.ORGANIZATION).containsEntry("Islamic State", EntityType.ORGANIZATION);
  }

  @Test
  void streetsValleysAndCitiesOfSeveralWordsArePlaces() {
    Map<String, EntityType> n = shown("Shares fell on Wall Street while Silicon Valley firms gained.", "He flew to San Diego.");
    assertThat(n).containsEntry("Wall Street", EntityType.PLACE).containsEntry("Silicon Valley", EntityType.PLACE)
        .containsEntry("San Diego", EntityType.PLACE);
  }

  @Test
  void aQuotedTitleIsAWorkAndHeadlineWordsAreNoPerson() {
    Map<String, EntityType> n = names("She starred in “Pulp Fiction” and ‘Kill Bill.’",
        "Valley Gets Serious About Addiction, the paper wrote.");
    assertThat(n).containsEntry("Pulp Fiction", EntityType.OTHER).containsEntry("Kill Bill", EntityType.OTHER);
    assertThat(n).doesNotContainValue(EntityType.PERSON);
  }
}

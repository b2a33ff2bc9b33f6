package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFitnessTest {

  private final SentenceFitness fitness = new SentenceFitness();

  @Test
  void refusesMapLabelsGalleryCountersCreditsAndPromos() {
    assertThat(fitness.unfit("200 FEET LAS VEGAS BOULEVARD CROWD STAGE Site of the shooting, the Route 91 festival grounds."))
        .contains("label in capitals");
    assertThat(fitness.unfit("Photos: Mass shooting at Las Vegas music festival People gather at the scene. Hide Caption 10 of 30"))
        .isPresent();
    assertThat(fitness.unfit("Hide Caption 8 of 25 Photos: Bastille Day terror: Authorities confirmed that the driver was killed."))
        .contains("caption, credit, gallery or promo");
    assertThat(fitness.unfit("Protesters gather outside parliament on Tuesday. Photograph: Graeme Robertson for the Guardian."))
        .contains("caption, credit, gallery or promo");
    assertThat(fitness.unfit("Justin Timberlake: Man of the Woods review – failed fusion of rural rhythms Read more"))
        .isPresent();
    assertThat(fitness.unfit("More: Why Prince fans are bashing Timberlake's Super Bowl halftime performance."))
        .contains("caption, credit, gallery or promo");
  }

  @Test
  void refusesFirstPersonLinesWithNoSpeakerButNotQuotedOnes() {
    assertThat(fitness.unfit("I told her the road was a straight line.")).contains("first person with no speaker");
    assertThat(fitness.unfit("My thinking is that these eddies could carry small creatures a long way."))
        .contains("first person with no speaker");
    assertThat(fitness.fit("The Ukrainian president told reporters in Kyiv on Monday evening that his country would “not accept"
        + " any agreement made without us”."))
        .isTrue();
    assertThat(fitness.fit("US and Russian officials met in Riyadh on Tuesday for the first time since the invasion."))
        .isTrue();
  }

  @Test
  void refusesHeadlinesFragmentsAndTranscriptLines() {
    assertThat(fitness.unfit("New Year's Eve Assaults Renew German Tensions Over Migrants")).isPresent();
    assertThat(fitness.unfit("Intel's smart glasses are subtle enough that you might want to wear 'em")).isPresent();
    assertThat(fitness.unfit("million internal files from the Panamanian law firm Mossack Fonseca.")).contains("starts mid-sentence");
    assertThat(fitness.unfit("SHAPIRO: We have seen video of the truck accelerating into the crowd.")).contains("transcript line");
    assertThat(fitness.unfit("Rescue workers at the scene of the collapsed building in the old town of Amatrice."))
        .as(fitness.unfit("Rescue workers at the scene of the collapsed building in the old town of Amatrice.").toString())
        .contains("no finite verb");
  }

  @Test
  void keepsSentencesFullOfNamesAndTitles() {
    assertThat(
            fitness.fit(
                "The Riyadh talks featured a fresh U.S. team: Secretary of State Marco Rubio, National Security Adviser"
                    + " Mike Waltz, and Trump’s Middle East envoy Steve Witkoff."))
        .isTrue();
    assertThat(fitness.fit("(CNN) Scores of people were killed Thursday night when a truck plowed through a crowd in Nice."))
        .isTrue();
  }
}

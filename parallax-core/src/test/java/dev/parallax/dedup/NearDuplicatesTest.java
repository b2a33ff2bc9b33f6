package dev.parallax.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static final String WIRE =
      "MOSCOW (Reuters) - Russia and the United States agreed on Tuesday to start work on ending the war in"
          + " Ukraine, after the first high-level talks between the two countries in Riyadh since the invasion."
          + " Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov spoke for four and a half hours"
          + " and agreed to appoint teams to negotiate a settlement and to restore staff at their embassies.";

  @Test
  void findsALightlyEditedSyndicatedCopy() {
    NearDuplicates d = NearDuplicates.standard();
    assertThat(d.check("wire", WIRE)).isEmpty();
    String copy =
        WIRE.replace("MOSCOW (Reuters) - ", "")
            + " This story was syndicated from a wire service. Read more on our website.";
    assertThat(d.check("copy", copy)).contains("wire");
  }

  @Test
  void doesNotTakeAnotherReportOfTheSameEventForACopy() {
    NearDuplicates d = NearDuplicates.standard();
    d.check("wire", WIRE);
    String other =
        "Top diplomats from Washington and Moscow met in the Saudi capital, where Lavrov and Rubio held"
            + " long talks on Ukraine. Kyiv was not invited, and President Zelensky said Ukraine would not"
            + " accept decisions taken without it. The two sides agreed to name negotiating teams.";
    assertThat(d.check("other", other)).isEmpty();
  }

  @Test
  void forgetsTheOldestArticlesBeyondItsCapacity() {
    NearDuplicates d = new NearDuplicates(0.6, 1);
    d.check("wire", WIRE);
    d.check("unrelated", "A completely different text about football in the Premier League this weekend.");
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.check("copy", WIRE)).isEmpty();
  }
}

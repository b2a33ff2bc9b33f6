package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameFactTest {

  /** Other sentences of the story, so that names and terms are weighed against a story, not a pair. */
  private static final List<String> STORY =
      List.of(
          "European leaders met in Paris to discuss security guarantees for Ukraine.",
          "The Kremlin said a lasting peace required its security concerns to be addressed.",
          "Ukraine said it would not accept any agreement reached without it.",
          "Sweden said it was ready to send troops as part of a peacekeeping force.",
          "Oil prices rose after the announcement of the talks in the Gulf.",
          "Critics said the United States had already given too much ground before the talks.",
          "The European Union is preparing a large military aid package.",
          "Turkey offered to host the next round of negotiations.",
          "Analysts expect months of talks before any ceasefire is agreed.",
          "The war began in February 2022 with a full-scale invasion.",
          "Hungary has tried to veto sanctions against Moscow in the past.",
          "Poland called for a surge in defence spending across the continent.");

  @Test
  void matchesTheSamePeopleNamedWithAndWithoutTheirTitles() {
    SameFact same =
        story(
            "The Riyadh talks featured Secretary of State Marco Rubio, National Security Adviser Mike Waltz and"
                + " Middle East envoy Steve Witkoff.",
            "Mr Rubio was joined for the talks by national security adviser Mike Waltz and Special Envoy Steve"
                + " Witkoff.");

    assertThat(same.test(0, 1)).isTrue();
  }

  @Test
  void doesNotMatchSentencesThatGiveDifferentNumbers() {
    SameFact same =
        story(
            "Officials in Arequipa said at least 12 people were killed in the earthquake and dozens were injured.",
            "Officials in Arequipa said at least 9 people were killed in the earthquake and dozens were injured.");

    assertThat(same.test(0, 1)).isFalse();
  }

  private static SameFact story(String... sentences) {
    List<String> texts = new ArrayList<>(List.of(sentences));
    texts.addAll(STORY);
    List<Statement> all = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) all.add(new Statement(i, 0, texts.get(i), TermVectors.words(texts.get(i))));
    TermVectors vectors = new TermVectors(texts);
    double[][] sim = new double[texts.size()][texts.size()];
    for (int i = 0; i < texts.size(); i++) for (int j = 0; j < texts.size(); j++) if (i != j) sim[i][j] = vectors.cosine(i, j);
    return new SameFact(all, sim);
  }
}

package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A brief's memory is bounded whatever the size of the story and of its articles: the briefs of {@link
 * HugeStories} (one article of 1 MB, and a story of 420 articles) run in a JVM of 128 MB of heap, where a
 * brief that compared every pair of 12,000 sentences would need a gigabyte.
 */
class BoundedBriefTest {

  @Test
  void briefsHugeStoriesInASmallHeap() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path")));
    String repo = System.getProperty("parallax.repo");
    if (repo != null) command.add("-Dparallax.repo=" + repo);
    command.add(HugeStories.class.getName());
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try {
      boolean done = child.waitFor(5, TimeUnit.MINUTES);
      output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(done).as("the briefs ended: " + output).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output.lines().filter(l -> l.startsWith("briefed "))).as(output).hasSize(3);
    assertThat(output).contains("briefed 420 articles");
  }

  @Test
  void weighsEachRepeatedSentenceOnce() {
    List<Article> story = HugeStories.repeated();
    List<List<String>> sentences = List.of(new ArrayList<>());
    for (int i = 0; i < 12_200; i++) sentences.get(0).add("The same sentence again and again.");
    sentences.get(0).add("A different one at the end.");

    List<Statement> weighed = SentenceBudget.select(story, sentences);

    assertThat(weighed).extracting(Statement::position).containsExactly(0, 12_200);
  }

  @Test
  void takesEveryArticlesLeadBeforeAnyArticlesSecondSentence() {
    List<Article> story = HugeStories.many(List.of(HugeStories.article("x", "X", List.of("Only paragraph."))), 30);
    List<List<String>> sentences = new ArrayList<>();
    for (int a = 0; a < story.size(); a++) {
      List<String> s = new ArrayList<>();
      for (int p = 0; p < 10; p++) s.add("Sentence " + p + " of article " + a + ".");
      sentences.add(s);
    }

    List<Statement> weighed = SentenceBudget.select(story, sentences, 100, 45);

    assertThat(weighed).hasSize(45);
    assertThat(weighed).filteredOn(s -> s.position() == 0).hasSize(30);
    assertThat(weighed).filteredOn(s -> s.position() == 1).hasSize(15);
    // the second sentences go to the outlets' first articles: 30 articles of 60 outlets (i % 60) are all firsts
    assertThat(weighed).isSortedAccordingTo((x, y) -> x.article() != y.article() ? x.article() - y.article() : x.position() - y.position());
  }

  @Test
  void prefersAnOutletsFirstArticleToItsSecond() {
    List<Article> story = new ArrayList<>();
    for (int i = 0; i < 4; i++) story.add(HugeStories.article("a" + i, i < 3 ? "Same Outlet" : "Other Outlet", List.of("p")));

    assertThat(SentenceBudget.outletsFirst(story)).containsExactly(0, 3, 1, 2);
  }

  @Test
  void leavesAStoryWithinTheBudgetWhole() {
    List<Article> story = HugeStories.many(List.of(HugeStories.article("x", "X", List.of("Only paragraph."))), 5);
    List<List<String>> sentences = new ArrayList<>();
    for (int a = 0; a < 5; a++) sentences.add(List.of("First of " + a + ".", "Second of " + a + ".", "Third of " + a + "."));

    assertThat(SentenceBudget.select(story, sentences)).hasSize(15);
  }
}

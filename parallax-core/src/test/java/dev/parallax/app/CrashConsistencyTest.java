package dev.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.TestArticles;
import dev.parallax.consistency.ConsistencyCheck;
import dev.parallax.consistency.Findings;
import dev.parallax.domain.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency as a property: a child process ingesting real articles is killed (SIGKILL) at random
 * points of every stage, again and again, then runs to the end; the store, index, stories and briefs must
 * then agree (by {@link ConsistencyCheck}) and hold exactly what a clean run stores. Seeded: the seed is
 * printed, and {@code -Dparallax.crash.seed=N} replays a run.
 */
class CrashConsistencyTest {

  private static final int ARTICLES = 120;
  private static final int KILLS = 8;

  @TempDir Path data;
  @TempDir Path input;

  @Test
  void everyStoredArticleIsSearchableAndInOneStoryAfterKillsAtRandomPoints() throws Exception {
    long seed = Long.getLong("parallax.crash.seed", System.nanoTime());
    System.out.println("CrashConsistencyTest seed " + seed + " (replay with -Dparallax.crash.seed=" + seed + ")");
    Random random = new Random(seed);
    Path jsonl = input.resolve("articles.jsonl");
    Set<String> inputIds = writeInput(jsonl);

    int killed = 0;
    List<String> where = new ArrayList<>();
    int[] stored = {0};
    for (int i = 0; i < KILLS; i++) {
      // each run reads a longer part of the input, so every run has new articles to be killed among
      int upTo = (i + 1) * ARTICLES / (KILLS + 1);
      Path part = input.resolve("part-" + i + ".jsonl");
      Files.write(part, Files.readAllLines(jsonl).subList(0, upTo));
      String at = runAndKill(part, random, Math.max(1, upTo - stored[0]), stored);
      if (at != null) {
        killed++;
        where.add(at);
      }
    }
    String history = "seed " + seed + ", killed " + killed + " times: " + where;
    System.out.println("CrashConsistencyTest " + history);
    Process last = child(jsonl);
    drain(last, line -> false);
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).as(history).isTrue();
    assertThat(last.exitValue()).as(history).isZero();

    try (Parallax p = Parallax.open(Config.embedded(data), InstantSource.system())) {
      Findings found = ConsistencyCheck.check(p);
      assertThat(found.lines()).as(history).isEmpty();
      assertThat(found.consistent()).as(history).isTrue();
      // what a clean run stores: every line of the input once (its texts are all different)
      assertThat(p.store().articles()).extracting(Article::id).as(history).containsExactlyInAnyOrderElementsOf(inputIds);
      assertThat(p.index().ids()).as(history).isEqualTo(inputIds);
      assertThat(p.store().memberships().values().stream().mapToInt(List::size).sum()).as(history).isEqualTo(ARTICLES);
    }
    assertThat(killed).as(history).isGreaterThanOrEqualTo(KILLS / 2);
  }

  /**
   * Starts a child and kills it at a random point of a random stage; returns where, or null if it ended
   * first. {@code spread}: how many new articles the child may find, at most.
   */
  private String runAndKill(Path jsonl, Random random, int spread, int[] stored) throws Exception {
    int stage = random.nextInt(10);
    // most kills among new articles (store, index, story, embedding), some while the pipeline opens (replay
    // and completion of the last kill's work) and some while the touched stories are briefed
    String trigger = stage < 7 ? "new" : stage < 8 ? "opened" : "briefing";
    int count = trigger.equals("new") ? 1 + random.nextInt(spread) : 1;
    long delayMs = random.nextInt(trigger.equals("new") ? 30 : 400);
    Process p = child(jsonl);
    int[] seen = {0};
    boolean triggered =
        drain(p, line -> {
          if (line.equals("new")) stored[0]++;
          return line.equals(trigger) && ++seen[0] >= count;
        });
    if (!triggered) {
      p.waitFor(5, TimeUnit.MINUTES);
      return null;
    }
    Thread.sleep(delayMs);
    boolean alive = p.isAlive();
    p.destroyForcibly();
    p.waitFor(1, TimeUnit.MINUTES);
    return alive ? trigger + (trigger.equals("new") ? " #" + count : "") + " +" + delayMs + "ms" : null;
  }

  private Process child(Path jsonl) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.add("--enable-native-access=ALL-UNNAMED");
    String logging = System.getProperty("java.util.logging.config.file");
    if (logging != null) command.add("-Djava.util.logging.config.file=" + logging);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashingIngest.class.getName()));
    command.addAll(List.of(data.toString(), jsonl.toString()));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Reads the child's lines until {@code stop} says so (true) or the child ends (false). */
  private static boolean drain(Process p, java.util.function.Predicate<String> stop) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) if (stop.test(line)) return true;
    return false;
  }

  /** The first {@link #ARTICLES} articles of clustering-dev, without their labels; returns their ids. */
  private static Set<String> writeInput(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path source = TestArticles.fixtures().resolve("clustering-dev/news_cluster.jsonl");
    List<String> lines = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (String line : Files.readAllLines(source).subList(0, ARTICLES)) {
      JsonNode node = json.readTree(line);
      ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("event");
      ids.add(node.get("id").asText());
      texts.add(node.get("text").asText());
      lines.add(json.writeValueAsString(node));
    }
    assertThat(texts).hasSize(ARTICLES);
    Files.write(jsonl, lines);
    return ids;
  }
}

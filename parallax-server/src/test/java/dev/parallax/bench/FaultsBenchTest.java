package dev.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Load with faults, small: readers are served while a server polls good feeds and sources that are slow,
 * trickle, huge (2 MB of text in one item), fail, reset, send malformed XML or redirect in a loop. Polling
 * goes on, every good item ends up stored, searchable and in a story, the huge item's story page answers,
 * and no reader gets an error. Times are the bench's business (see {@link FaultsBench}), not asserted here.
 */
class FaultsBenchTest {

  @Test
  void servesReadersAndLosesNothingWhileSourcesMisbehave() throws Exception {
    FaultsBench.Settings small =
        new FaultsBench.Settings(3, 6, 12, 2 << 20, 3, 30, Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofMinutes(4), false);

    FaultsBench.Result r = FaultsBench.run(small);

    assertThat(r.roundErrors()).isEmpty();
    assertThat(r.polling().roundsFailed()).isZero();
    assertThat(r.polling().roundsOk()).as("the scheduler's rounds brought the items after the first round").isPositive();
    assertThat(r.expected()).isEqualTo(3 * 12);
    assertThat(r.missing()).as("good items not stored").isEmpty();
    assertThat(r.unsearchable()).as("stored items a reader cannot find").isEmpty();
    assertThat(r.withoutStory()).as("articles in no story").isEmpty();
    assertThat(r.indexed()).isEqualTo(r.stored());
    assertThat(r.hugeStored()).isTrue();
    assertThat(r.hugeStoryStatus()).isEqualTo(200);
    assertThat(r.readerErrors()).isEmpty();
    assertThat(r.requests()).isGreaterThanOrEqualTo(3 * 30 * 9 / 10);
    // on a busy machine any source may time out now and then; the faulty ones always fail
    List<String> failing = FaultySources.FAULTY.stream().filter(p -> !p.equals("/huge.xml")).toList();
    assertThat(r.sourceErrors()).as("each faulty source fails on its own, with its reason").containsKeys(failing.toArray(String[]::new));
    assertThat(r.sourceErrors().get("/loop.xml")).containsIgnoringCase("redirect");
    assertThat(r.sourceErrors().get("/slow.xml")).containsIgnoringCase("timed out");
  }
}

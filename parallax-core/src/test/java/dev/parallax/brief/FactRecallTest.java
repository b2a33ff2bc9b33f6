package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.TestArticles;
import dev.parallax.domain.Article;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The brief's facts against facts written by hand for the seed story (fixtures/brief/seeds.facts.json, see
 * its README): how many it states, and whether each cites the outlets that report it and only those.
 */
class FactRecallTest {

  record HandFact(String fact, List<String> must, List<String> articles) {}

  private static List<HandFact> hand;
  private static Brief brief;

  @BeforeAll
  static void briefTheSeeds() throws Exception {
    hand =
        new ObjectMapper()
            .readValue(
                TestArticles.fixtures().resolve("brief/seeds.facts.json").toFile(),
                new TypeReference<List<HandFact>>() {});
    List<Article> seeds = SeedStory.articles();
    brief = new ExtractiveBriefer().brief(SeedStory.story(seeds), seeds);
  }

  @Test
  void statesTheHandMadeFactsCitingTheOutletsThatReportThem() {
    int found = 0;
    int handSources = 0;
    int citedHandSources = 0;
    int cited = 0;
    for (HandFact h : hand) {
      Optional<Brief.Sourced> match = brief.facts().stream().filter(f -> states(f.text(), h)).findFirst();
      if (match.isEmpty()) {
        System.out.println("missed: " + h.fact());
        continue;
      }
      List<String> sources = match.get().sources();
      found++;
      handSources += h.articles().size();
      citedHandSources += (int) h.articles().stream().filter(sources::contains).count();
      cited += sources.size();
      System.out.printf("found:  %s <- %s %s%n", h.fact(), sources, match.get().text());
    }
    for (Brief.Sourced f : brief.facts()) System.out.println("brief fact " + f.sources() + " " + f.text());
    double factRecall = found / (double) hand.size();
    double sourceRecall = citedHandSources / (double) handSources;
    double sourcePrecision = citedHandSources / (double) cited;
    System.out.printf(
        "fact recall %.3f (%d/%d), source recall %.3f, source precision %.3f, %d facts%n",
        factRecall, found, hand.size(), sourceRecall, sourcePrecision, brief.facts().size());

    assertThat(factRecall).isGreaterThanOrEqualTo(0.54);
    assertThat(sourceRecall).isGreaterThanOrEqualTo(0.75);
    assertThat(sourcePrecision).isGreaterThanOrEqualTo(0.97);
  }

  /** Whether a brief fact's text states a hand fact: it contains every "must" word (one of its spellings). */
  static boolean states(String text, HandFact h) {
    return h.must().stream().allMatch(w -> contains(text, w));
  }

  private static boolean contains(String text, String word) {
    for (String spelling : word.split("\\|")) {
      // from the start of a word; a short spelling ("US") is a whole word, not the start of "Ushakov"
      String end = spelling.length() <= 3 ? "(?![\\p{L}\\p{N}])" : "";
      Pattern p =
          Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(spelling) + end, Pattern.CASE_INSENSITIVE);
      if (p.matcher(text).find()) return true;
    }
    return false;
  }
}

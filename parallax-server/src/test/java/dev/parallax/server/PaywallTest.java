package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaywallTest {

  private static Article article(String id, String title, String outlet, String... paragraphs) {
    return new Article(id, Outlet.named(outlet), "https://example.org/" + id, null, title, "A Reporter", null,
        Instant.parse("2025-03-02T10:00:00Z"), "en", List.of(paragraphs), List.of("A caption"), List.of(), "hash-" + id);
  }

  private static final Article FREE = article("free", "Free headline", "Free Press", "Free text.");
  private static final Article PAID = article("paid", null, "Paid Times", "Paid secret text opens the article.", "More paid text.");

  private static Brief brief() {
    return new Brief(
        "Paid secret text opens the article",
        List.of(new Brief.Sourced("Said by both.", List.of("free", "paid")), new Brief.Sourced("Paid secret text.", List.of("paid"))),
        List.of(new Brief.Sourced("Free fact.", List.of("free")), new Brief.Sourced("Paid fact.", List.of("paid"))),
        List.of(new Brief.Quote("Someone", "Paid quote.", List.of("paid")), new Brief.Quote("Someone", "Shared quote.", List.of("paid", "free"))),
        List.of(new Brief.Entity("Chala", "PLACE", List.of(), List.of("paid"))),
        List.of(
            new Brief.Disagreement("death toll", "conflict", List.of(new Brief.Sourced("12 dead.", List.of("free")), new Brief.Sourced("14 dead.", List.of("paid")))),
            new Brief.Disagreement("depth", "update", List.of(new Brief.Sourced("30 km.", List.of("free")), new Brief.Sourced("31 km.", List.of("free", "paid"))))),
        List.of(new Brief.TimelineEntry("paid", Instant.parse("2025-03-02T10:00:00Z"), "report")),
        List.of());
  }

  @Test
  void aNonMemberGetsTheArticleWithoutItsTextAndTheBriefWithoutWhatOnlyItSays() {
    Paywall.Gate gate = new Paywall.Gate(Set.of("paid"), false);
    Article shown = gate.shown(PAID);
    assertThat(shown.paragraphs()).isEmpty();
    assertThat(shown.captions()).isEmpty();
    assertThat(shown.outlet().name()).isEqualTo("Paid Times");
    assertThat(Newsroom.titleOf(shown)).isEqualTo("Untitled"); // not its opening words
    assertThat(gate.shown(FREE)).isSameAs(FREE);

    Brief b = gate.brief(brief(), List.of(FREE, PAID));
    assertThat(b.headline()).isEmpty(); // made of the paid article's words, not a title
    assertThat(b.summary()).extracting(Brief.Sourced::text).containsExactly("Said by both.");
    assertThat(b.summary().get(0).sources()).contains("paid"); // cited like any outlet
    assertThat(b.facts()).extracting(Brief.Sourced::text).containsExactly("Free fact.");
    assertThat(b.quotes()).extracting(Brief.Quote::text).containsExactly("Shared quote.");
    assertThat(b.disagreements()).extracting(Brief.Disagreement::about).containsExactly("depth");
    assertThat(b.entities()).hasSize(1);
    assertThat(b.timeline()).hasSize(1);
  }

  @Test
  void aMemberGetsEverythingAndATitledHeadlineStaysForEveryone() {
    Paywall.Gate member = new Paywall.Gate(Set.of("paid"), true);
    assertThat(member.shown(PAID)).isSameAs(PAID);
    assertThat(member.brief(brief(), List.of(FREE, PAID))).isEqualTo(brief());
    Brief titled = new Brief("Free headline", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(new Paywall.Gate(Set.of("paid"), false).brief(titled, List.of(FREE, PAID)).headline()).isEqualTo("Free headline");
  }
}

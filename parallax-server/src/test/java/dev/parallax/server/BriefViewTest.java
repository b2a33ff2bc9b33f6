package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.domain.Removed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefViewTest {

  static Article article(String id, String outlet, String title) {
    return new Article(
        id, Outlet.named(outlet), "https://example.com/" + id, null, title, null, null,
        Instant.parse("2025-02-18T10:00:00Z"), "en", List.of("Body of " + id + " with enough words to be a lead paragraph here."),
        List.of("A caption"), List.of(new Removed("Subscribe now", Removed.NEWSLETTER)), "hash-" + id);
  }

  private static final List<Article> COVERAGE =
      List.of(article("a1", "Reuters", "Talks open"), article("a2", "The <Guardian>", "Talks <b>close</b>"));

  static Brief fullBrief() {
    return new Brief(
        "US and Russia open talks in Riyadh",
        List.of(new Brief.Sourced("US and Russian officials met in Riyadh for the first high-level talks since the invasion.", List.of("a1", "a3")),
            new Brief.Sourced("Ukraine was not invited, and Kyiv said it would not accept any outcome decided without it.", List.of("a2"))),
        List.of(new Brief.Sourced("The talks lasted about four and a half hours.", List.of("a1", "a2")),
            new Brief.Sourced("Both sides agreed to restore staffing at their embassies.", List.of("a1"))),
        List.of(new Brief.Quote("Sergei Lavrov", "The conversation was very useful", List.of("a1", "a3")),
            new Brief.Quote("Volodymyr Zelensky", "Ukraine will not recognise any agreements made without us", List.of("a2"))),
        List.of(new Brief.Entity("Sergei Lavrov", "PERSON", List.of("Sergey Lavrov"), List.of("a1", "a3")),
            new Brief.Entity("Marco Rubio", "PERSON", List.of(), List.of("a1")),
            new Brief.Entity("Nato", "ORGANIZATION", List.of("NATO"), List.of("a2")),
            new Brief.Entity("Riyadh", "PLACE", List.of(), List.of("a1", "a2", "a3"))),
        List.of(new Brief.Disagreement("how long the talks lasted", "conflict",
            List.of(new Brief.Sourced("four hours", List.of("a3")), new Brief.Sourced("four and a half hours", List.of("a1", "a2"))))),
        List.of(new Brief.TimelineEntry("a3", Instant.parse("2025-02-18T08:00:00Z"), "preview"),
            new Brief.TimelineEntry("a1", Instant.parse("2025-02-18T14:00:00Z"), "report"),
            new Brief.TimelineEntry("a2", Instant.parse("2025-02-18T16:00:00Z"), "analysis")),
        List.of("entities are found by capitalisation and may miss some names"));
  }

  @Test
  void rendersEverySectionOfAFullBriefWithSourceMarkers() {
    Brief brief =
        new Brief(
            "Headline",
            List.of(new Brief.Sourced("US and Russia met in Riyadh.", List.of("a1", "a2"))),
            List.of(new Brief.Sourced("The talks lasted 4.5 hours.", List.of("a2"))),
            List.of(new Brief.Quote("Sergei Lavrov", "It was a useful conversation", List.of("a1"))),
            List.of(new Brief.Entity("Sergei Lavrov", "PERSON", List.of("Sergey Lavrov"), List.of("a1")),
                new Brief.Entity("Riyadh", "PLACE", List.of(), List.of("a1", "a2"))),
            List.of(new Brief.Disagreement("duration", "conflict",
                List.of(new Brief.Sourced("four hours", List.of("a1")), new Brief.Sourced("four and a half hours", List.of("a2"))))),
            List.of(new Brief.TimelineEntry("a1", Instant.parse("2025-02-18T10:00:00Z"), "report")),
            List.of("quotes are <experimental>"));
    String html = new BriefView(COVERAGE).render(brief);
    assertThat(html).contains("US and Russia met in Riyadh.")
        .contains("href=\"#a-a1\"").contains("href=\"#a-a2\"")
        .contains("title=\"The &lt;Guardian&gt;: Talks &lt;b&gt;close&lt;/b&gt;\"")
        .contains("— The &lt;Guardian&gt;")
        .contains("<h3><a href=\"/entities/sergei-lavrov\">Sergei Lavrov</a></h3>").contains("It was a useful conversation")
        .contains("People").contains("Places").contains("Also: Sergey Lavrov")
        .contains("Disagreements and updates").contains("four and a half hours")
        .contains("Timeline").contains("quotes are &lt;experimental&gt;");
    assertThat(html).doesNotContain("<Guardian>").doesNotContain("<b>close</b>").doesNotContain("<experimental>");
  }

  @Test
  void putsWhatAReaderCameForFirstAndHowItWasMadeBehindALink() {
    List<Brief.Quote> quotes = new java.util.ArrayList<>();
    for (int k = 0; k < 6; k++)
      quotes.add(new Brief.Quote("Sergei Lavrov", "Quote number " + k + " said at the talks in Riyadh today", List.of("a1")));
    quotes.add(new Brief.Quote("Sergei Lavrov", "capitulation", List.of("a1")));
    Brief full = fullBrief();
    Brief brief = new Brief(full.headline(), full.summary(), full.facts(), quotes, full.entities(), full.disagreements(),
        full.timeline(), full.notes());

    String html = new BriefView(COVERAGE).render(brief, "<section id=\"coverage\"></section>");

    int summary = html.indexOf("US and Russian officials met in Riyadh");
    int coverage = html.indexOf("id=\"coverage\"");
    int facts = html.indexOf(">Facts<");
    int disagreements = html.indexOf(">Disagreements and updates<");
    int quotesAt = html.indexOf(">Quotes<");
    int people = html.indexOf(">People, organisations and places<");
    int timeline = html.indexOf(">Timeline<");
    assertThat(List.of(summary, coverage, facts, disagreements, quotesAt, people, timeline)).doesNotContain(-1).isSorted();
    assertThat(html).doesNotContain("About this brief").doesNotContain("Not in this brief yet")
        .contains("<details class=\"how\"><summary>How this brief was made</summary>");
    // a handful of quotes per speaker; the rest, and the two-word scare quote among them, behind a click
    String shown = html.substring(quotesAt, html.indexOf("<details class=\"more\">", quotesAt));
    assertThat(shown.split("<blockquote").length - 1).isEqualTo(QuoteView.SHOWN);
    assertThat(shown).doesNotContain("capitulation");
    assertThat(html).contains("4 more quotes");
  }

  @Test
  void namesASourceWithoutAnOutletByItsSiteOrItsWordsNotAHashedFileName() {
    Article file = new Article("x1", null, null, "seeds/000_4b4d83a56dc4d54f.txt", null, null, null, null, "en",
        List.of("Controversial talks have opened between Russian and US officials in Riyadh."), null, null, "h");
    Article site = new Article("x2", null, "https://www.example.org/news/1", null, "T", null, null, null, "en",
        List.of("Body."), null, null, "h2");
    Article named = new Article("x3", null, null, "riyadh-talks_2025.html", "T", null, null, null, "en", List.of("B."), null,
        null, "h3");

    assertThat(dev.parallax.domain.SourceName.of(file)).isEqualTo("“Controversial talks have opened between…”");
    assertThat(dev.parallax.domain.SourceName.of(site)).isEqualTo("example.org");
    assertThat(dev.parallax.domain.SourceName.of(named)).isEqualTo("riyadh talks 2025");
    assertThat(Pages.outletLink(file)).doesNotContain("4b4d83a56dc4d54f").doesNotContain("Unknown outlet");
  }

  @Test
  void skipsEmptySectionsAndIgnoresUnknownSources() {
    Brief brief = new Brief("h", List.of(new Brief.Sourced("x", List.of("missing"))), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    String html = new BriefView(COVERAGE).render(brief);
    assertThat(html).doesNotContain("Facts").doesNotContain("Timeline").doesNotContain("class=\"src\"");
  }

  @Test
  void onlyHttpUrlsBecomeLinks() {
    assertThat(Html.safeUrl("https://example.com/a?b=1")).isEqualTo("https://example.com/a?b=1");
    assertThat(Html.safeUrl("javascript:alert(1)")).isNull();
    assertThat(Html.safeUrl("JaVaScRiPt:alert(1)")).isNull();
    assertThat(Html.safeUrl("data:text/html,<script>")).isNull();
    assertThat(Html.safeUrl("//evil.example/x")).isNull();
    assertThat(Html.safeUrl("ftp://example.com/x")).isNull();
    assertThat(Html.esc("<a href=\"x\" onclick='y'>&</a>")).isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void articlePageKeepsCaptionsApartAndRemovedTextBehindAToggle() {
    String html = Pages.article(new Newsroom.ArticlePage(COVERAGE.get(1), null));
    assertThat(html).contains("<aside class=\"captions\"").contains("A caption")
        .contains("<details class=\"removed\"><summary>What extraction removed (1)").contains("Subscribe now")
        .contains("href=\"https://example.com/a2\"").contains("Talks &lt;b&gt;close&lt;/b&gt;");
    assertThat(html.indexOf("A caption")).isGreaterThan(html.indexOf("Body of a2"));
  }
}

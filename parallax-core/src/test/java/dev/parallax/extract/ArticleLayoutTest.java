package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Removed;
import dev.parallax.ingest.SourceDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Layouts of article pages that lost body text or kept furniture on pages never seen while tuning: a list
 * under its own heading after the last paragraph, a body of bare text broken by {@code <br>} straight in an
 * {@code <article>}, a body split by a box of links, a wrapper named after a rail, a meal plan whose days
 * repeat a run of lines, embedded posts, a "Story highlights" box and picture captions. Each page is written
 * for the test, with the menus, link lists and footer a real page has around its article.
 */
class ArticleLayoutTest {

  private final Extractor extractor = DocumentExtractor.standard();

  private static final String[] PROSE = {
    "The council voted on Tuesday to rebuild the old covered market, closed since a fire three years ago, after"
        + " a public consultation in which most residents asked for the hall to keep its original iron roof.",
    "Work will start in the spring and take about two years, the council said, at a cost of twelve million"
        + " pounds, most of it from a national fund for town centres and the rest from the sale of land.",
    "Traders who lost their stalls in the fire have been selling from tents in the square, and many of them said"
        + " on Tuesday that they were relieved, if tired, after a long and uncertain wait for a decision.",
    "The architects plan to open the north wall onto the river, add a small stage for music at weekends, and"
        + " keep the clock tower, which survived the fire with only its glass broken, as the entrance.",
    "A local history group will collect photographs and memories of the market for an exhibition in the new"
        + " hall, and has asked anyone with pictures of the old stalls, signs or traders to get in touch.",
    "The leader of the opposition group said she welcomed the plan, but asked the council to publish the full"
        + " costs, including the money it expects to raise from the land, before any contract is signed.",
  };

  private static SourceDocument page(String article) {
    StringBuilder popular = new StringBuilder();
    for (String h :
        new String[] {
          "Bus lane on the high street to be extended next year", "School wins national prize for its garden",
          "Police appeal after a van is stolen from a car park", "New cycle path opens along the canal towpath",
          "Library to open on Sundays from next month, council says"
        }) popular.append("<li><a href=\"/news/").append(h.hashCode()).append("\">").append(h).append("</a></li>");
    String html =
        """
        <html><head><title>Council votes to rebuild the old market</title></head><body>
        <div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
        <a href="/whats-on">What's on</a> <a href="/jobs">Jobs</a></div>
        <div class="wrap">
        %s
        <div class="side"><h3>Most popular</h3><ul>%s</ul></div>
        </div>
        <div class="bottom"><a href="/about">About us</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a>
        <p>© 2024 Town Courier Ltd</p></div>
        </body></html>
        """
            .formatted(article, popular);
    return new SourceDocument(
        "page.html", "page.html", null, SourceDocument.Format.HTML, html.getBytes(StandardCharsets.UTF_8), null);
  }

  private static String paragraphs(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) out.append("<p>").append(PROSE[i]).append("</p>\n");
    return out.toString();
  }

  private static String reasonOf(Extraction e, String text) {
    for (Removed r : e.removed()) if (r.text().contains(text)) return r.reason();
    return null;
  }

  @Test
  void keepsAListUnderItsOwnHeadingAfterTheLastParagraph() throws ExtractionException {
    Extraction e =
        extractor.extract(
            page(
                "<div class=\"story\"><h1>Council votes to rebuild the old market</h1>" + paragraphs(0, 4)
                    + "<h3>Market days</h3><ul><li>Tuesday – food and flowers</li><li>Thursday – crafts</li>"
                    + "<li>Saturday – antiques and books</li></ul></div>"));

    assertThat(e.paragraphs())
        .contains("Market days", "Tuesday – food and flowers", "Thursday – crafts", "Saturday – antiques and books");
    assertThat(e.body()).doesNotContain("Most popular", "Bus lane", "Privacy");
  }

  @Test
  void keepsFeatureBulletsBeforeTheFirstParagraph() throws ExtractionException {
    Extraction e =
        extractor.extract(
            page(
                "<div class=\"story\"><h1>Council votes to rebuild the old market</h1>"
                    + "<p>What the plan keeps:</p><ul><li>The iron roof</li><li>The clock tower</li>"
                    + "<li>Forty stalls</li></ul>" + paragraphs(0, 4) + "</div>"));

    assertThat(e.paragraphs()).contains("The iron roof", "The clock tower", "Forty stalls");
    assertThat(e.paragraphs()).endsWith(PROSE[3]);
  }

  @Test
  void takesABodyOfBareTextBrokenByBrStraightInAnArticleElement() throws ExtractionException {
    StringBuilder story = new StringBuilder("<article>");
    for (int i = 0; i < 5; i++) story.append(PROSE[i]).append("<br><br>\n");
    story.append("</article>");
    story.append("<div class=\"more-box\"><p>In other news, a bakery, a café and a bookshop open in the square, with"
        + " help from a grant.</p><p>The river path, closed, flooded, is open again, the council says.</p></div>");

    Extraction e = extractor.extract(page(story.toString()));

    assertThat(e.paragraphs()).containsExactly(PROSE[0], PROSE[1], PROSE[2], PROSE[3], PROSE[4]);
  }

  @Test
  void keepsBothPartsOfABodySplitByABoxOfLinksIntoContainersOfDifferentTags() throws ExtractionException {
    StringBuilder box = new StringBuilder("<div class=\"inline\"><h4>Read next</h4>");
    for (int i = 1; i <= 8; i++)
      box.append("<p><a href=\"/n").append(i).append("\">Town hall clock to be repaired, part ").append(i).append("</a></p>");
    box.append("</div>");
    Extraction e =
        extractor.extract(
            page(
                "<div class=\"col\"><h1>Council votes to rebuild the old market</h1><div class=\"part\">"
                    + paragraphs(0, 5) + "</div>" + box + "<section>" + paragraphs(5, 6) + "</section></div>"));

    assertThat(e.paragraphs()).containsExactly(PROSE);
  }

  @Test
  void keepsAShortArticleInAWrapperNamedAfterARail() throws ExtractionException {
    StringBuilder links = new StringBuilder("<div class=\"right-rail\"><h3>Events</h3><ul>");
    for (int i = 1; i <= 20; i++)
      links.append("<li><a href=\"/e").append(i).append("\">Quiz night number ").append(i).append(" at the museum</a></li>");
    links.append("</ul></div>");
    Extraction e =
        extractor.extract(
            page("<div class=\"left-rail\"><h1>Council votes to rebuild the old market</h1>"
                + paragraphs(0, 3) + "</div>" + links));

    assertThat(e.paragraphs()).containsExactly(PROSE[0], PROSE[1], PROSE[2]);
    assertThat(e.body()).doesNotContain("Quiz night");
  }

  @Test
  void keepsRunsOfLinesThatAMealPlanRepeatsFromDayToDay() throws ExtractionException {
    String day = "<p>Breakfast: oats with yoghurt</p><p>Snack: an apple</p><p>Lunch: bean soup with bread</p>";
    Extraction e =
        extractor.extract(
            page(
                "<div class=\"story\">" + paragraphs(0, 2) + "<h3>Monday</h3>" + day + "<p>Dinner: fish with rice</p>"
                    + "<h3>Tuesday</h3>" + day + "<p>Dinner: a vegetable curry</p>" + paragraphs(2, 4) + "</div>"));

    assertThat(e.paragraphs()).filteredOn("Snack: an apple"::equals).hasSize(2);
    assertThat(e.paragraphs()).filteredOn("Lunch: bean soup with bread"::equals).hasSize(2);
    assertThat(e.paragraphs()).contains("Dinner: a vegetable curry", PROSE[3]);
  }

  @Test
  void cutsAnEmbeddedTweetWithAReason() throws ExtractionException {
    String tweet =
        "<blockquote class=\"twitter-tweet\"><p lang=\"en\">Great news for the market traders today, the hall will"
            + " be rebuilt! <a href=\"https://t.co/x\">pic.twitter.com/abc</a></p>&mdash; Town Traders (@towntraders)"
            + " <a href=\"https://twitter.com/x\">March 5, 2024</a></blockquote>"
            + "<script async src=\"https://platform.twitter.com/widgets.js\"></script>";
    Extraction e = extractor.extract(page("<div class=\"story\">" + paragraphs(0, 2) + tweet + paragraphs(2, 4) + "</div>"));

    assertThat(e.paragraphs()).containsExactly(PROSE[0], PROSE[1], PROSE[2], PROSE[3]);
    assertThat(reasonOf(e, "Great news for the market traders")).isEqualTo(Removed.EMBED);
  }

  @Test
  void cutsTheAttributionLineOfAPostEmbeddedWithoutItsClass() throws ExtractionException {
    String post =
        "<blockquote><p>The hall will be rebuilt, at last.</p><p>— Town Traders (@towntraders) March 5, 2024</p>"
            + "</blockquote>";
    Extraction e = extractor.extract(page("<div class=\"story\">" + paragraphs(0, 2) + post + paragraphs(2, 4) + "</div>"));

    assertThat(e.body()).doesNotContain("@towntraders");
    assertThat(reasonOf(e, "@towntraders")).isEqualTo(Removed.EMBED);
  }

  @Test
  void cutsAStoryHighlightsBoxWithAReason() throws ExtractionException {
    String highlights =
        "<div class=\"el-highlights\"><h3>Story highlights</h3><ul><li>The old market will be rebuilt by 2026</li>"
            + "<li>Most of the money comes from a national fund</li></ul></div>";
    Extraction e =
        extractor.extract(
            page("<div class=\"story\"><h1>Council votes to rebuild the old market</h1>" + highlights + paragraphs(0, 4)
                + "</div>"));

    assertThat(e.paragraphs()).containsExactly(PROSE[0], PROSE[1], PROSE[2], PROSE[3]);
    assertThat(reasonOf(e, "The old market will be rebuilt by 2026")).isEqualTo(Removed.HIGHLIGHTS);
  }

  @Test
  void cutsAHighlightsListByItsHeadingWhenNoClassNamesIt() throws ExtractionException {
    String highlights =
        "<div><h2>Key points</h2><ul><li>The old market will be rebuilt by 2026</li>"
            + "<li>Most of the money comes from a national fund</li></ul></div>";
    Extraction e =
        extractor.extract(
            page("<div class=\"story\"><h1>Council votes to rebuild the old market</h1>" + highlights + paragraphs(0, 4)
                + "</div>"));

    assertThat(e.paragraphs()).containsExactly(PROSE[0], PROSE[1], PROSE[2], PROSE[3]);
    assertThat(reasonOf(e, "Most of the money comes from a national fund")).isEqualTo(Removed.HIGHLIGHTS);
  }

  @Test
  void putsCaptionsOfPicturesAndGalleriesInRemovedWithAReason() throws ExtractionException {
    String figure =
        "<figure><img src=\"/m.jpg\"><figcaption>The market hall after the fire in 2021.</figcaption></figure>";
    String picture = "<div class=\"pic\"><img src=\"/t.jpg\"><p>Traders in the square on Tuesday</p></div>";
    String gallery =
        "<div class=\"gallery\"><div class=\"slide\"><img src=\"/1.jpg\"><p>The old iron roof, seen from the river"
            + " path, in 1935.</p></div><div class=\"slide\"><img src=\"/2.jpg\"><p>Stalls on a busy Saturday"
            + " morning, in 1962.</p></div></div>";
    Extraction e =
        extractor.extract(
            page("<div class=\"story\">" + paragraphs(0, 2) + figure + paragraphs(2, 3) + picture + paragraphs(3, 4)
                + gallery + paragraphs(4, 5) + "</div>"));

    assertThat(e.paragraphs()).containsExactly(PROSE[0], PROSE[1], PROSE[2], PROSE[3], PROSE[4]);
    assertThat(reasonOf(e, "The market hall after the fire")).isEqualTo(Removed.CAPTION);
    assertThat(reasonOf(e, "Traders in the square")).isEqualTo(Removed.CAPTION);
    assertThat(reasonOf(e, "The old iron roof")).isEqualTo(Removed.CAPTION);
  }
}

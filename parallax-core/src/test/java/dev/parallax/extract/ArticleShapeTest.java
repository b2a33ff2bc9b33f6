package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Removed;
import dev.parallax.ingest.SourceDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Article bodies of shapes that were cut short: lists and short lines after the last paragraph, a body of
 * bare text broken by {@code <br>}, a body split over sibling containers, a wrapper whose class merely
 * contains a furniture word, repeated lines that belong to the article. Each page is written for the test,
 * with the menus, link lists and footer a real page has around its article.
 */
class ArticleShapeTest {

  private final Extractor extractor = DocumentExtractor.standard();

  private static final String[] PROSE = {
    "The band announced on Monday that it would return to the road next spring, its first tour in six years,"
        + " after a long break that the singer has called the hardest period of her working life.",
    "The new album, recorded over two winters in a converted chapel, will be released in February, and the"
        + " first single has already been played more than a million times, according to the label.",
    "Fans had waited for news since the drummer hinted at a reunion in an interview last autumn, when he said"
        + " the four of them had been writing together again, slowly, without any plan to perform.",
    "The singer said the shows would be smaller than on their last tour, in halls rather than arenas, because"
        + " the band wanted to see the faces of the people who had stayed with them for so long.",
  };

  private static SourceDocument page(String article) {
    String html =
        """
        <html><head><title>Band returns to the road</title></head><body>
        <header><div class="top-links"><a href="/">Home</a> <a href="/music">Music</a> <a href="/film">Film</a>
        <a href="/books">Books</a> <a href="/tv">TV</a></div></header>
        <div class="wrapper">
        %s
        <div class="side-col"><h3>Most read</h3><ul>
        <li><a href="/a">Actor wins award for a role he nearly turned down</a></li>
        <li><a href="/b">Festival line-up announced with three surprise headliners</a></li>
        <li><a href="/c">Ten albums to listen to this weekend, chosen by our critics</a></li>
        </ul></div>
        </div>
        <footer><a href="/about">About us</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
        </body></html>
        """
            .formatted(article);
    return new SourceDocument("page.html", "page.html", null, SourceDocument.Format.HTML,
        html.getBytes(StandardCharsets.UTF_8), null);
  }

  private static String paragraphs() {
    StringBuilder out = new StringBuilder();
    for (String p : PROSE) out.append("<p>").append(p).append("</p>\n");
    return out.toString();
  }

  @Test
  void keepsAListOfTourDatesAfterTheLastParagraph() throws ExtractionException {
    Extraction e =
        extractor.extract(
            page(
                "<div class=\"story\"><h1>Band returns to the road</h1>" + paragraphs()
                    + "<p>Tickets go on sale on Friday. The dates are:</p>"
                    + "<ul><li>March 3 – Glasgow, Barrowland</li><li>March 5 – Manchester, Albert Hall</li>"
                    + "<li>March 7 – London, Roundhouse</li><li>March 9 – Bristol, Colston Hall</li></ul></div>"));

    assertThat(e.paragraphs())
        .contains(
            "Tickets go on sale on Friday. The dates are:",
            "March 3 – Glasgow, Barrowland", "March 5 – Manchester, Albert Hall", "March 9 – Bristol, Colston Hall");
    assertThat(e.body()).doesNotContain("Most read", "Festival line-up", "Privacy");
  }

  @Test
  void keepsShortLinesBrokenByBrAfterTheLastParagraph() throws ExtractionException {
    Extraction e =
        extractor.extract(
            page(
                "<div class=\"story\">" + paragraphs()
                    + "<p>Support acts:<br>The Hollow Pines<br>Marta Velez<br>Northern Lights Choir</p></div>"));

    assertThat(e.paragraphs()).contains("The Hollow Pines", "Marta Velez", "Northern Lights Choir");
    assertThat(e.body()).doesNotContain("Most read", "About us");
  }

  @Test
  void takesABodyOfBareTextBrokenByBrAsParagraphs() throws ExtractionException {
    StringBuilder story = new StringBuilder("<div class=\"col\"><div class=\"story\">");
    for (String p : PROSE) story.append(p).append("<br><br>\n");
    story.append("</div></div>");
    story.append(
        "<div class=\"briefs\"><p>Elsewhere, a theatre in the north reopens, with a new stage, after repairs"
            + " costing two million pounds.</p><p>A poet, a painter and a potter share this year's prize, the"
            + " judges said on Sunday evening.</p><p>The city's orchestra, now 100 years old, plans a free"
            + " concert, outdoors, in June.</p><p>A museum, closed since 2019, reopens its doors, with new"
            + " galleries, on Saturday.</p><p>Two novels, one from Chile, one from Japan, lead the list, and"
            + " the winner is named in May.</p></div>");

    Extraction e = extractor.extract(page(story.toString()));

    assertThat(e.paragraphs()).containsExactly(PROSE);
  }

  @Test
  void keepsTheEndOfABodySplitOverSiblingContainers() throws ExtractionException {
    String rest = "The tour ends in Dublin on 2 May. More dates may follow in the summer.";
    Extraction e =
        extractor.extract(
            page(
                "<div class=\"wrap\"><h1>Band returns to the road</h1><div class=\"intro\">" + paragraphs() + "</div>"
                    + "<div class=\"ad-slot\"><a href=\"/ad\">Advertisement</a></div>"
                    + "<div class=\"more\"><p>" + rest + "</p></div></div>"));

    assertThat(e.paragraphs()).containsExactly(PROSE[0], PROSE[1], PROSE[2], PROSE[3], rest);
  }

  @Test
  void keepsAnArticleWrapperWhoseClassOnlyContainsAFurnitureWord() throws ExtractionException {
    StringBuilder links = new StringBuilder("<div class=\"links\"><ul>");
    for (int i = 1; i <= 20; i++) links.append("<li><a href=\"/s").append(i).append("\">Another story, number ").append(i).append(", from this week</a></li>");
    links.append("</ul></div>");
    Extraction e =
        extractor.extract(
            page(
                "<div class=\"trailer-box\"><p>" + PROSE[0] + "</p><p>" + PROSE[1] + "</p><p>" + PROSE[2] + "</p></div>"
                    + links));

    assertThat(e.paragraphs()).containsExactly(PROSE[0], PROSE[1], PROSE[2]);
  }

  @Test
  void keepsAShortLastSentence() throws ExtractionException {
    Extraction e =
        extractor.extract(page("<div class=\"story\">" + paragraphs() + "<p>The band will play twelve dates.</p></div>"));

    assertThat(e.paragraphs()).endsWith("The band will play twelve dates.");
  }

  @Test
  void matchesFurnitureClassNamesAsWholeWords() {
    assertThat(ClassNames.of("trailer-story")).doesNotContain("rail");
    assertThat(ClassNames.matches(ClassNames.of("l-rail sidebar"), DomCleaner.furniture())).isTrue();
    assertThat(ClassNames.matches(ClassNames.of("trailer-story"), DomCleaner.furniture())).isFalse();
    assertThat(ClassNames.matches(ClassNames.of("shareBar"), DomCleaner.furniture())).isTrue();
    assertThat(ClassNames.matches(ClassNames.of("address-block"), DomCleaner.furniture())).isFalse();
  }

  @Test
  void keepsLinesTheArticleRepeatsAndDropsACopiedRunOfParagraphs() throws ExtractionException {
    String plan =
        "<div class=\"story\">" + "<p>" + PROSE[0] + "</p>"
            + "<h3>Monday</h3><p>Breakfast: porridge with berries</p><p>Lunch: lentil soup and bread</p>"
            + "<h3>Tuesday</h3><p>Breakfast: porridge with berries</p><p>Lunch: a chicken salad with rice</p>"
            + "<h3>Wednesday</h3><p>Breakfast: porridge with berries</p><p>Lunch: lentil soup and bread</p>"
            + "<p>" + PROSE[1] + "</p><p>" + PROSE[2] + "</p><p>" + PROSE[3] + "</p>"
            + "<div class=\"copy\"><p>" + PROSE[1] + "</p><p>" + PROSE[2] + "</p><p>" + PROSE[3] + "</p></div></div>";

    Extraction e = extractor.extract(page(plan));

    assertThat(e.paragraphs()).filteredOn("Breakfast: porridge with berries"::equals).hasSize(3);
    assertThat(e.paragraphs()).filteredOn("Lunch: lentil soup and bread"::equals).hasSize(2);
    assertThat(e.paragraphs()).filteredOn(PROSE[2]::equals).hasSize(1);
    assertThat(e.removed()).extracting(Removed::reason).contains(Removed.DUPLICATE);
  }
}

package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Removed;
import org.junit.jupiter.api.Test;

/**
 * Captions, gallery text, credits and promotion lines in plain text bodies (as feeds and JSONL files carry
 * them once a page is flattened) are cut with a reason, and sentences of the article that merely mention a
 * photo, a gallery or a newsletter are kept. The lines are written for the test in the shapes these widgets
 * take on news sites.
 */
class MediaLinesTest {

  private final Extractor extractor = new TextExtractor();

  private static final String LEAD =
      "Rescue teams worked through the night on Sunday to reach villages cut off by the flood, officials said,"
          + " as the river rose to its highest level in forty years.";
  private static final String MIDDLE =
      "The regional governor said that more than 2,000 people had been moved to schools and sports halls, and"
          + " that the army would bring drinking water to the worst-hit towns on Monday.";
  private static final String END =
      "Forecasters expect the rain to ease by Wednesday, but warned that the river would stay high for days.";

  private Extraction extract(String... middle) throws ExtractionException {
    StringBuilder text = new StringBuilder("Floods cut off villages in the north\n\n").append(LEAD).append("\n\n");
    for (String m : middle) text.append(m).append("\n\n");
    text.append(MIDDLE).append("\n\n").append(END).append("\n");
    return extractor.extract(Fixtures.text("flood.txt", text.toString()));
  }

  private static String reasonOf(Extraction e, String line) {
    for (Removed r : e.removed()) if (r.text().equals(line)) return r.reason();
    return null;
  }

  @Test
  void cutsGalleryCaptionsWithTheirCounters() throws ExtractionException {
    String gallery =
        "Photos: Floods in the north A man carries his dog through a flooded street in the old town. Hide Caption 3 of 12";
    String counter = "7/20 14 March 2024 Soldiers fill sandbags outside the town hall Getty Images";
    Extraction e = extract(gallery, counter);

    assertThat(e.paragraphs()).containsExactly(LEAD, MIDDLE, END);
    assertThat(reasonOf(e, gallery)).isEqualTo(Removed.CAPTION);
    assertThat(reasonOf(e, counter)).isEqualTo(Removed.CAPTION);
  }

  @Test
  void cutsCaptionsThatCarryTheirCredit() throws ExtractionException {
    String trailing = "A woman waits for rescue on the roof of her house. Photograph: Anna Berg for the Herald";
    String leading = "Getty Images Volunteers hand out bread at a school turned shelter";
    String labelled = "Image copyright Reuters Image caption The bridge over the river was closed on Saturday";
    String shareBar = "Facebook Twitter Pinterest Water reached the first floor of the station.";
    Extraction e = extract(trailing, leading, labelled, shareBar);

    assertThat(e.paragraphs()).containsExactly(LEAD, MIDDLE, END);
    assertThat(e.captions()).contains(trailing, leading, labelled, shareBar);
  }

  @Test
  void cutsBareCreditsAndMediaLabels() throws ExtractionException {
    Extraction e = extract("Photo", "Jan Novak/Associated Press", "Video", "Scroll down for video");

    assertThat(e.paragraphs()).containsExactly(LEAD, MIDDLE, END);
    assertThat(reasonOf(e, "Jan Novak/Associated Press")).isEqualTo(Removed.CREDIT);
    assertThat(reasonOf(e, "Photo")).isEqualTo(Removed.BOILERPLATE);
    assertThat(reasonOf(e, "Scroll down for video")).isEqualTo(Removed.CALL_TO_ACTION);
  }

  @Test
  void cutsHeadlineLinksAndNewsletterBoxes() throws ExtractionException {
    String readMore = "Why the river keeps flooding the same towns | Opinion Read more";
    String bracketed = "[How towns elsewhere learned to live with floods]";
    String box =
        "Newsletter Sign Up Continue reading the main story Get the morning briefing delivered to your inbox."
            + " Please verify you're not a robot by clicking the box. Invalid email address.";
    String follow = "Follow our reporter Jan Novak on Twitter: @jannovak.";
    Extraction e = extract(readMore, bracketed, box, follow);

    assertThat(e.paragraphs()).containsExactly(LEAD, MIDDLE, END);
    assertThat(reasonOf(e, readMore)).isEqualTo(Removed.RELATED_LINK);
    assertThat(reasonOf(e, bracketed)).isEqualTo(Removed.RELATED_LINK);
    assertThat(reasonOf(e, box)).isEqualTo(Removed.NEWSLETTER);
    assertThat(reasonOf(e, follow)).isEqualTo(Removed.CALL_TO_ACTION);
  }

  @Test
  void cutsMapLabels() throws ExtractionException {
    String map = "RIVER ODRA MAIN BRIDGE CLOSED Old town FLOODED AREA SCHOOL SHELTER 200 METRES";
    Extraction e = extract(map);

    assertThat(e.paragraphs()).containsExactly(LEAD, MIDDLE, END);
    assertThat(reasonOf(e, map)).isEqualTo(Removed.CAPTION);
  }

  @Test
  void keepsSentencesThatOnlyMentionPhotosGalleriesAndNewsletters() throws ExtractionException {
    String photo = "A photograph of the flooded square, taken by a resident from her balcony, was shared widely online.";
    String newsletter =
        "The town council said it would send a newsletter to every household explaining how to claim compensation.";
    String beforeCredit = "Soldiers arrived in the town on Sunday evening with boats and pumps, the mayor said.";
    Extraction e = extract(photo, newsletter, beforeCredit, "Jan Novak/Associated Press");

    assertThat(e.paragraphs()).containsExactly(LEAD, photo, newsletter, beforeCredit, MIDDLE, END);
  }

  /**
   * On the clustering-dev texts (real articles flattened by their feeds), no gallery counter, labelled caption
   * or gallery title is left in any body.
   */
  @Test
  void leavesNoGalleryTextInTheClusteringDevBodies() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    int bodies = 0;
    int galleryLinesCut = 0;
    for (String line : Fixtures.text("/fixtures/clustering-dev/news_cluster.jsonl").split("\n")) {
      if (line.isBlank()) continue;
      String text = mapper.readTree(line).path("text").asText();
      Extraction e = extractor.extract(Fixtures.text("row.txt", text));
      bodies++;
      for (String p : e.paragraphs())
        assertThat(p).doesNotContainIgnoringCase("hide caption").doesNotStartWith("Photos:").doesNotStartWith("Image copyright");
      for (Removed r : e.removed()) if (r.text().contains("Hide Caption")) galleryLinesCut++;
    }
    assertThat(bodies).isEqualTo(383);
    assertThat(galleryLinesCut).isGreaterThan(90);
  }

  @Test
  void readsAPageThatIsOnlyAGalleryFromItsCaptions() throws ExtractionException {
    String text =
        "Photos: Floods in the north A man carries his dog through a flooded street. Hide Caption 1 of 3\n\n"
            + "Photos: Floods in the north Soldiers fill sandbags outside the town hall. Hide Caption 2 of 3\n\n"
            + "Photos: Floods in the north The river at its highest level in forty years. Hide Caption 3 of 3\n";

    Extraction e = extractor.extract(Fixtures.text("gallery.txt", text));

    assertThat(e.paragraphs())
        .containsExactly(
            "A man carries his dog through a flooded street.", "Soldiers fill sandbags outside the town hall.",
            "The river at its highest level in forty years.");
  }
}

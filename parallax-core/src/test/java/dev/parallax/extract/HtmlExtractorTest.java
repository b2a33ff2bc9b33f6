package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.domain.Removed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pages written for these tests, each with a layout or language the dev set does not stress. */
class HtmlExtractorTest {

  private final Extractor extractor = DocumentExtractor.standard();

  @Test
  void readsMetadataFromJsonLdAndBodyFromADivLayoutWithoutChrome() throws ExtractionException {
    Extraction e = extractor.extract(Fixtures.html("/extract/pages/div-layout.html"));

    assertThat(e.title()).isEqualTo("Harbour bridge reopens after two-year repair");
    assertThat(e.byline()).isEqualTo("Maria Lund");
    assertThat(e.outlet()).isEqualTo("Coastal Herald");
    assertThat(e.section()).isEqualTo("Local");
    assertThat(e.published()).isEqualTo(Instant.parse("2024-05-03T07:15:00Z"));
    assertThat(e.language()).isEqualTo("en");
    assertThat(e.leadImage()).isEqualTo("https://example.org/img/bridge.jpg");
    assertThat(e.paragraphs()).hasSize(7);
    assertThat(e.paragraphs().get(0)).startsWith("The harbour bridge reopened");
    assertThat(e.paragraphs()).contains("Traffic limits stay for now");
    assertThat(e.paragraphs().get(6)).startsWith("Shop owners on the north side");
    assertThat(e.body())
        .doesNotContain("Read more", "Sign up", "Share on", "Bridge closure", "golden bridge", "Most read", "Privacy");
    assertThat(e.captions()).containsExactly("The bridge at dawn on its first morning back in use. Photo: Tom Berg");
    assertThat(e.removed()).extracting(Removed::reason).contains(Removed.NEWSLETTER, Removed.COMMENT, Removed.RELATED_LINK);
  }

  @Test
  void decodesALatin1PageByItsMetaCharset() throws ExtractionException {
    Extraction e = extractor.extract(Fixtures.html("/extract/pages/german-latin1.html"));

    assertThat(e.title()).isEqualTo("Stadtrat beschließt neue Radwege");
    assertThat(e.byline()).isEqualTo("Jürgen Köhler");
    assertThat(e.outlet()).isEqualTo("Rheinische Nachrichten");
    assertThat(e.section()).isEqualTo("Lokales");
    assertThat(e.language()).isEqualTo("de");
    assertThat(e.paragraphs()).hasSize(4);
    assertThat(e.paragraphs().get(2)).startsWith("„Wir machen die Straßen sicherer");
    assertThat(e.body()).doesNotContain("Mehr zum Thema", "Impressum", "Startseite");
  }

  @Test
  void guessesTheLanguageOfAPageThatDoesNotDeclareIt() throws ExtractionException {
    Extraction e = extractor.extract(Fixtures.html("/extract/pages/french-no-lang.html"));

    assertThat(e.language()).isEqualTo("fr");
    assertThat(e.title()).isEqualTo("La ville ouvre trois nouvelles bibliothèques de quartier");
    assertThat(e.outlet()).isEqualTo("Le Journal du Sud");
    assertThat(e.paragraphs()).hasSize(5);
    assertThat(e.paragraphs().get(0)).startsWith("La municipalité a inauguré samedi");
    assertThat(e.body()).doesNotContain("Partager", "Abonnez-vous", "Accueil");
  }

  @Test
  void keepsAShortArticleAndCutsTheCommentsThatDwarfIt() throws ExtractionException {
    Extraction e = extractor.extract(Fixtures.html("/extract/pages/mostly-comments.html"));

    assertThat(e.paragraphs()).hasSize(3);
    assertThat(e.body()).doesNotContain("(comment", "Reply");
    assertThat(e.removed()).extracting(Removed::reason).contains(Removed.COMMENT);
  }

  @Test
  void refusesAPageThatListsOtherStories() {
    assertThatThrownBy(() -> extractor.extract(Fixtures.html("/extract/pages/listing.html")))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("listing.html");
  }

  @Test
  void refusesAListingWhoseItemsCarryNoTellingClassNames() {
    String page =
        Fixtures.text("/extract/pages/listing.html").replace("class=\"teaser\"", "class=\"item\"").replace("section-front", "col");
    var doc =
        new dev.parallax.ingest.SourceDocument(
            "plain-listing.html", "plain-listing.html", null, dev.parallax.ingest.SourceDocument.Format.HTML,
            page.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);

    assertThatThrownBy(() -> extractor.extract(doc))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("plain-listing.html")
        .hasMessageContaining("not an article");
  }
}

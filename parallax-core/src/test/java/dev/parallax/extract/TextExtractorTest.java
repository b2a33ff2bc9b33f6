package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Removed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

  private final Extractor extractor = DocumentExtractor.standard();

  @Test
  void joinsHardWrappedParagraphsAndReadsTheHeader() throws ExtractionException {
    String text =
        """
        Business

        Steelworks to close after 120 years

        By Tomas Varga
        12 March 2024

        The steelworks on the river will close in June, its owner said on
        Tuesday, ending 120 years of steelmaking in the town and putting
        about 900 jobs at risk.

        Unions said they had not been told before the announcement and
        called for talks with the government. The owner blamed energy
        prices and cheaper imports.

        Share this article
        Follow us on Facebook
        """;

    Extraction e = extractor.extract(Fixtures.text("steel.txt", text));

    assertThat(e.section()).isEqualTo("Business");
    assertThat(e.title()).isEqualTo("Steelworks to close after 120 years");
    assertThat(e.byline()).isEqualTo("Tomas Varga");
    assertThat(e.published()).isEqualTo(Instant.parse("2024-03-12T00:00:00Z"));
    assertThat(e.paragraphs()).hasSize(2);
    assertThat(e.paragraphs().get(0)).startsWith("The steelworks on the river").endsWith("900 jobs at risk.");
    assertThat(e.removed()).extracting(Removed::text).contains("Share this article", "Follow us on Facebook");
  }

  @Test
  void takesTheLineBeforeACreditAsACaptionAndKeepsItApart() throws ExtractionException {
    String text =
        """
        Firefighters spent six hours on Sunday bringing the blaze at the warehouse under control, the fire service said.
        Smoke over the industrial estate
        JOHN SMITH/REUTERS
        No one was hurt, but nearby roads stayed closed until the evening while crews checked the building for hot spots.
        """;

    Extraction e = extractor.extract(Fixtures.text("fire.txt", text));

    assertThat(e.paragraphs()).hasSize(2);
    assertThat(e.captions()).containsExactly("Smoke over the industrial estate");
    assertThat(e.removed()).contains(new Removed("JOHN SMITH/REUTERS", Removed.CREDIT));
  }

  @Test
  void dropsARepeatedParagraph() throws ExtractionException {
    String p = "The council approved the budget on Thursday after a debate that lasted more than four hours.";
    Extraction e = extractor.extract(Fixtures.text("dup.txt", p + "\n" + p + "\nIt takes effect in April, officials said after the vote."));

    assertThat(e.paragraphs()).hasSize(2);
    assertThat(e.removed()).contains(new Removed(p, Removed.DUPLICATE));
  }
}

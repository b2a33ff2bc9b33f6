package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Removed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five seed texts against bodies annotated by hand in {@code extract/seeds}. */
class SeedExtractionTest {

  private final Extractor extractor = DocumentExtractor.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_4b4d83a56dc4d54f", "001_8abc293f21b3de4b", "002_277d21bc234cac31", "003_34961a2c7063a7f4",
        "004_3c54b248efdf8dcb"
      })
  void keepsEveryBodyParagraphAndNoChrome(String seed) throws ExtractionException {
    Extraction e = extractor.extract(Fixtures.seed(seed));

    assertThat(e.paragraphs()).containsExactlyElementsOf(paragraphs("/extract/seeds/" + seed + ".body.txt"));
    assertThat(e.captions()).containsExactlyElementsOf(lines("/extract/seeds/" + seed + ".captions.txt"));
  }

  @Test
  void findsTitleBylineSectionAndOutletOfTheAggregatorCopy() throws ExtractionException {
    Extraction e = extractor.extract(Fixtures.seed("000_4b4d83a56dc4d54f"));

    assertThat(e.title()).isEqualTo("US and Russia begin Ukraine peace talks in Saudi Arabia - without Ukraine");
    assertThat(e.byline()).isEqualTo("Sam Kiley");
    assertThat(e.section()).isEqualTo("World");
    assertThat(e.outlet()).startsWith("The Independent");
    assertThat(e.language()).isEqualTo("en");
  }

  @Test
  void keepsWhatWasCutWithItsReason() throws ExtractionException {
    List<Removed> removed = extractor.extract(Fixtures.seed("000_4b4d83a56dc4d54f")).removed();
    assertThat(removed)
        .contains(
            new Removed("Sign up to read this article", Removed.PAYWALL),
            new Removed("Click here for live updates on the talks and the war", Removed.CALL_TO_ACTION),
            new Removed("Related Stories", Removed.RELATED_LINK),
            new Removed("Keir Starmer has said British troops could be sent to Ukraine (Getty Images)", Removed.CAPTION));

    List<Removed> guardian = extractor.extract(Fixtures.seed("002_277d21bc234cac31")).removed();
    assertThat(guardian)
        .contains(
            new Removed("EPA", Removed.CREDIT),
            new Removed("EVELYN HOCKSTEIN/POOL PHOTO VIA AP", Removed.CREDIT),
            new Removed("• Who was in the room for US-Russia peace talks? An annotated guide", Removed.RELATED_LINK));

    List<Removed> express = extractor.extract(Fixtures.seed("001_8abc293f21b3de4b")).removed();
    assertThat(express).extracting(Removed::reason).containsExactly(Removed.NEWSLETTER);
  }

  @Test
  void findsSectionAndTitleAboveTheProse() throws ExtractionException {
    Extraction e = extractor.extract(Fixtures.seed("003_34961a2c7063a7f4"));

    assertThat(e.section()).isEqualTo("World");
    assertThat(e.title()).isEqualTo("Russia and the US Confirm Ukraine Talks in Saudi Arabia");
    assertThat(e.byline()).isNull();
  }

  @Test
  void leavesMetadataNullWhenTheTextStartsWithProse() throws ExtractionException {
    Extraction e = extractor.extract(Fixtures.seed("004_3c54b248efdf8dcb"));

    assertThat(e.title()).isNull();
    assertThat(e.byline()).isNull();
    assertThat(e.outlet()).isNull();
    assertThat(e.removed()).isEmpty();
  }

  private static List<String> paragraphs(String resource) {
    return Arrays.stream(Fixtures.text(resource).split("\n\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> lines(String resource) {
    return Fixtures.text(resource).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}

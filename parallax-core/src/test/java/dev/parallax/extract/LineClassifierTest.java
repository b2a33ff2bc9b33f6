package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Removed;
import dev.parallax.extract.LineClassifier.Zone;
import org.junit.jupiter.api.Test;

/** Lines that appear in none of the fixtures, to check the classifier generalises past them. */
class LineClassifierTest {

  @Test
  void recognisesPhotoCreditsOfManyShapes() {
    assertThat(LineClassifier.classify("AFP VIA GETTY IMAGES", Zone.BODY)).isEqualTo(Removed.CREDIT);
    assertThat(LineClassifier.classify("Photograph: Jane Doe/The Guardian", Zone.BODY)).isEqualTo(Removed.CREDIT);
    assertThat(LineClassifier.classify("ANDREW HARNIK/AP", Zone.BODY)).isEqualTo(Removed.CREDIT);
    assertThat(LineClassifier.classify("Image: Shutterstock", Zone.BODY)).isEqualTo(Removed.CREDIT);
  }

  @Test
  void recognisesCaptionsEndingWithACredit() {
    assertThat(LineClassifier.classify("Firefighters at the scene on Sunday (Reuters)", Zone.BODY)).isEqualTo(Removed.CAPTION);
    assertThat(LineClassifier.classify("The minister arrives in Brussels (Photo: Jan Smit/ANP)", Zone.BODY))
        .isEqualTo(Removed.CAPTION);
  }

  @Test
  void recognisesCallsToActionBySenseNotBySite() {
    assertThat(LineClassifier.classify("Sign up for our morning newsletter", Zone.BODY)).isEqualTo(Removed.NEWSLETTER);
    assertThat(LineClassifier.classify("Subscribe to continue reading", Zone.TAIL)).isEqualTo(Removed.PAYWALL);
    assertThat(LineClassifier.classify("Follow us on Instagram", Zone.BODY)).isEqualTo(Removed.CALL_TO_ACTION);
    assertThat(LineClassifier.classify("Join the conversation", Zone.TAIL)).isEqualTo(Removed.COMMENT);
    assertThat(LineClassifier.classify("Read more: Flooding closes the coast road", Zone.BODY)).isEqualTo(Removed.RELATED_LINK);
    assertThat(LineClassifier.classify("► Ten things to know about the new budget", Zone.BODY)).isEqualTo(Removed.RELATED_LINK);
  }

  @Test
  void keepsProseThatMerelyMentionsTheVocabulary() {
    assertThat(
            LineClassifier.classify(
                "\"People will not subscribe to a service they cannot trust,\" the chief executive told shareholders on Monday.",
                Zone.BODY))
        .isNull();
    assertThat(
            LineClassifier.classify(
                "The newspaper said its newsletter readership doubled last year as more readers signed up for email briefings on the election campaign and its aftermath.",
                Zone.BODY))
        .isNull();
    assertThat(LineClassifier.classify("Fire crews were called at 3am.", Zone.BODY)).isNull();
  }

  @Test
  void keepsShortSubheadingsInsideTheBodyButNotAroundIt() {
    assertThat(LineClassifier.classify("What happens next", Zone.BODY)).isNull();
    assertThat(LineClassifier.classify("Most Popular", Zone.TAIL)).isNotNull();
    assertThat(LineClassifier.classify("Weather", Zone.HEAD)).isEqualTo(Removed.NAVIGATION);
  }
}

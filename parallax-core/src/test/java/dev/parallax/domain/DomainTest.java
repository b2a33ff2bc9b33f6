package dev.parallax.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainTest {

  @Test
  void derivesAnOutletIdFromItsName() {
    assertThat(Outlet.named("  The Independent UK ").id()).isEqualTo("the-independent-uk");
    assertThat(Outlet.named("Le Monde — édition").id()).isEqualTo("le-monde-édition");
    assertThat(Outlet.named("!!!").id()).isEqualTo("unknown");
  }

  @Test
  void rejectsBlankIdsNamingTheField() {
    assertThatThrownBy(() -> new Outlet(" ", "x", null)).hasMessageContaining("outlet id");
    assertThatThrownBy(() -> new Article(" ", null, null, null, null, null, null, null, null, List.of(), null, null, "h"))
        .hasMessageContaining("article id");
  }

  @Test
  void copiesCollectionsSoAnArticleCannotChangeUnderItsReader() {
    List<String> paragraphs = new ArrayList<>(List.of("One.", "Two."));
    Article a = new Article("a", null, null, null, null, null, null, null, null, paragraphs, null, null, "h");

    paragraphs.add("Three.");

    assertThat(a.paragraphs()).containsExactly("One.", "Two.");
    assertThat(a.body()).isEqualTo("One.\n\nTwo.");
    assertThat(a.captions()).isEmpty();
    assertThat(a.removed()).isEmpty();
  }

  @Test
  void listsAStorysArticlesInMemberOrder() {
    Story s = new Story("s", "t", List.of(new Story.Member("b", null), new Story.Member("a", "b")), null, null);

    assertThat(s.articleIds()).containsExactly("b", "a");
  }
}

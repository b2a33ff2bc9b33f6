package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.domain.Article;
import dev.parallax.extract.Extraction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlesTest {

  @Test
  void hashesTheSameTextTheSameWhateverItsLayoutOrCase() {
    assertThat(Articles.contentHash("Talks  began\n\nin Riyadh."))
        .isEqualTo(Articles.contentHash("talks began in riyadh."))
        .isNotEqualTo(Articles.contentHash("Talks began in Jeddah."));
  }

  @Test
  void usesTheSourcesIdWhenItHasOneAndTheHashOtherwise() {
    Extraction e = new Extraction("T", null, "Reuters", null, null, null, null, List.of("Body."), null, null);
    SourceDocument withId =
        new SourceDocument("d.jsonl:1", "d.jsonl", null, SourceDocument.Format.TEXT, "Body.".getBytes(StandardCharsets.UTF_8),
            new SourceDocument.Given("x42", null, null, null, null));
    SourceDocument without =
        new SourceDocument("a.txt", "a.txt", null, SourceDocument.Format.TEXT, "Body.".getBytes(StandardCharsets.UTF_8), null);

    Article a = Articles.of(withId, e);
    Article b = Articles.of(without, e);

    assertThat(a.id()).isEqualTo("x42");
    assertThat(b.id()).isEqualTo(b.contentHash().substring(0, 12));
    assertThat(a.outlet().id()).isEqualTo("reuters");
    assertThat(a.contentHash()).isEqualTo(b.contentHash());
  }
}

package dev.parallax.ingest;

import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.extract.Extraction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Builds stored {@link Article}s from extractions: content hash and stable id. */
public final class Articles {

  private Articles() {}

  /**
   * The article for a document and what was extracted from it. Its id is the source's id when it gave one,
   * otherwise the first 12 hex digits of the content hash, so the same text always gets the same id.
   */
  public static Article of(SourceDocument document, Extraction extraction) {
    String hash = contentHash(extraction.body());
    String givenId = document.given().id();
    String id = givenId != null && !givenId.isBlank() ? givenId.strip() : hash.substring(0, 12);
    Outlet outlet = extraction.outlet() == null ? null : Outlet.named(extraction.outlet());
    return new Article(
        id,
        outlet,
        document.url(),
        document.file(),
        extraction.title(),
        extraction.byline(),
        extraction.section(),
        extraction.published(),
        extraction.language(),
        extraction.paragraphs(),
        extraction.captions(),
        extraction.removed(),
        hash);
  }

  /**
   * SHA-256 of the body after Unicode normalisation, lower-casing and collapsing whitespace, so copies that
   * differ only in layout hash the same.
   */
  public static String contentHash(String body) {
    String normal =
        Normalizer.normalize(body, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .strip();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}

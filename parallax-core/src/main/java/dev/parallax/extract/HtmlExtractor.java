package dev.parallax.extract;

import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML pages: title and metadata from Open Graph and meta tags, body from the paragraphs of the
 * {@code <article>} element (or the whole page when there is none).
 */
public final class HtmlExtractor implements Extractor {

  @Override
  public Extraction extract(SourceDocument document) throws ExtractionException {
    Document page;
    try {
      page =
          Jsoup.parse(new ByteArrayInputStream(document.content()), null, document.url() == null ? "" : document.url());
    } catch (IOException e) {
      throw new ExtractionException(document.origin(), "unreadable HTML: " + e.getMessage());
    }
    Element root = page.selectFirst("article");
    if (root == null) root = page.body();
    List<String> paragraphs = new ArrayList<>();
    for (Element p : root.select("p")) {
      String text = Texts.normalizeSpace(p.text());
      if (!text.isEmpty()) paragraphs.add(text);
    }
    String title = meta(page, "og:title");
    if (title == null && !page.title().isBlank()) title = page.title().strip();
    return new Extraction(
        title,
        meta(page, "author"),
        meta(page, "og:site_name"),
        meta(page, "article:section"),
        FileSource.parseTime(meta(page, "article:published_time")),
        page.selectFirst("html[lang]") == null ? null : page.selectFirst("html[lang]").attr("lang"),
        meta(page, "og:image"),
        paragraphs,
        List.of(),
        List.of());
  }

  private static String meta(Document page, String name) {
    Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    if (e == null) return null;
    String content = e.attr("content").strip();
    return content.isEmpty() ? null : content;
  }
}

package dev.parallax.extract;

import dev.parallax.domain.Removed;
import dev.parallax.ingest.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML pages: metadata from JSON-LD, Open Graph and meta tags ({@link PageMetadata}); the body from the
 * element the page's text density points to ({@link ContentScorer}) after furniture is stripped
 * ({@link DomCleaner}), cut into blocks and cleaned like plain text. When the page states its body in
 * JSON-LD and the DOM yields much less, the stated body is used.
 */
public final class HtmlExtractor implements Extractor {

  /** Nesting deeper than this is flattened by the parser; no real page comes close. */
  private static final int MAX_DEPTH = 256;

  @Override
  public Extraction extract(SourceDocument document) throws ExtractionException {
    if (document.content().length == 0) throw new ExtractionException(document.origin(), "empty document");
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(document.content());
    if (decoded.html().isBlank()) throw new ExtractionException(document.origin(), "empty document");
    Document page;
    try {
      Parser parser = Parser.htmlParser();
      parser.setMaxDepth(MAX_DEPTH);
      page = Jsoup.parse(decoded.html(), document.url() == null ? "" : document.url(), parser);
    } catch (RuntimeException e) {
      throw new ExtractionException(document.origin(), "unreadable HTML: " + e.getMessage());
    }
    PageMetadata meta = PageMetadata.read(page);
    DomCleaner.Cut cut = DomCleaner.clean(page);
    Element body = page.body();
    TextStats stats = new TextStats(body);
    List<BlockCollector.Block> blocks = BlockCollector.collect(ContentScorer.select(body, stats));
    List<Removed> removed = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Boolean> items = new ArrayList<>();
    for (BlockCollector.Block b : blocks) {
      String reason = linkReason(b);
      if (reason != null) removed.add(new Removed(b.text(), reason));
      else if (meta.title() != null && b.heading() && same(b.text(), meta.title())) continue;
      else {
        texts.add(b.text());
        items.add((b.listItem() || b.brokenLine()) && b.linkDensity() < 0.3);
      }
    }
    int headlines = ListingCheck.headlineLinks(removed);
    if (ListingCheck.isListing(headlines, texts))
      throw new ExtractionException(
          document.origin(), "not an article: the page lists " + headlines + " links to other stories");
    boolean[] item = new boolean[items.size()];
    for (int i = 0; i < item.length; i++) item[i] = items.get(i);
    TextCleaner.Cleaned cleaned = TextCleaner.clean(texts, new boolean[texts.size()], item);
    String stated = meta.articleBody();
    if (stated != null && length(cleaned.paragraphs()) * 1.6 < stated.length()) {
      List<String> paragraphs = TextParagraphs.split(stated);
      TextCleaner.Cleaned fromLd = TextCleaner.clean(paragraphs, new boolean[paragraphs.size()]);
      if (length(fromLd.paragraphs()) > length(cleaned.paragraphs())) cleaned = fromLd;
    }
    if (cleaned.paragraphs().isEmpty() && !cut.captions().isEmpty())
      cleaned = new TextCleaner.Cleaned(MediaLines.galleryBody(cut.captions()), cleaned.captions(), cleaned.removed());
    List<String> captions = new ArrayList<>(cut.captions());
    captions.addAll(cleaned.captions());
    removed.addAll(cleaned.removed());
    removed.addAll(cut.removed());
    if (decoded.truncated())
      removed.add(new Removed("page cut at " + HtmlDecoder.MAX_CHARS + " characters", Removed.BOILERPLATE));
    String language = meta.language() != null ? meta.language() : Languages.guess(String.join(" ", cleaned.paragraphs()));
    return new Extraction(
        meta.title(),
        meta.byline(),
        meta.outlet(),
        meta.section(),
        meta.published(),
        language,
        meta.leadImage(),
        cleaned.paragraphs(),
        captions,
        removed);
  }

  /** Blocks that are mostly links are menus or lists of other stories. */
  private static String linkReason(BlockCollector.Block b) {
    double density = b.linkDensity();
    int words = LineClassifier.wordCount(b.text());
    if (density > 0.5 && words < 40) return b.listItem() ? Removed.RELATED_LINK : Removed.NAVIGATION;
    if (density > 0.8) return Removed.RELATED_LINK;
    return null;
  }

  private static boolean same(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  private static int length(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) n += p.length() + 1;
    return n;
  }
}

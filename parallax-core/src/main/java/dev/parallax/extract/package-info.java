/**
 * Extraction: turns a raw page or text into a clean article body plus metadata (title, byline, outlet,
 * section, date, language, lead image), keeping what it cut, with reasons. No per-site rules.
 *
 * <p>HTML: {@link dev.parallax.extract.HtmlDecoder} decodes by BOM, declared charset or UTF-8 check;
 * {@link dev.parallax.extract.PageMetadata} reads JSON-LD, Open Graph and meta tags;
 * {@link dev.parallax.extract.DomCleaner} strips furniture and takes captions out;
 * {@link dev.parallax.extract.ContentScorer} picks the article element by text density;
 * {@link dev.parallax.extract.BlockCollector} cuts it into visual blocks, and link-heavy blocks go.
 *
 * <p>Plain text: {@link dev.parallax.extract.TextParagraphs} splits paragraphs,
 * {@link dev.parallax.extract.TextHeader} reads the head lines.
 *
 * <p>Both end in {@link dev.parallax.extract.TextCleaner}, which uses the page layout (where the prose
 * starts and ends, credits after captions, repeated starts) and {@link dev.parallax.extract.LineClassifier},
 * which judges each line by shape and by call-to-action vocabulary.
 */
package dev.parallax.extract;

package dev.parallax.nlp;

/**
 * A direct quote in one article: its words without the quote marks (the parts of a quote split by "he said"
 * or spread over paragraphs joined by a space), where it starts, and who the text says spoke it.
 */
public record FoundQuote(String text, int paragraph, int start, Speaker speaker) {}

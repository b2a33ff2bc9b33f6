/**
 * The language stage: sentences, tokens and part-of-speech tags from Apache OpenNLP's English models
 * (Maven artifacts, nothing downloaded), names of people, organisations and places found on those tags with
 * context cues and small word lists, merged across a story's articles into canonical entities, and direct
 * quotes attributed to a speaker.
 *
 * <p>Pipeline: {@link dev.parallax.nlp.Tagger} → {@link dev.parallax.nlp.MentionFinder} and {@link
 * dev.parallax.nlp.QuoteFinder} per article (cached) → {@link dev.parallax.nlp.EntityResolver} and {@link
 * dev.parallax.nlp.QuoteAttributor} per story; {@link dev.parallax.nlp.StoryAnnotator} runs it.
 */
package dev.parallax.nlp;

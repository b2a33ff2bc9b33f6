/**
 * Extraction: turns a raw page or text into a clean article body plus metadata (title, byline, outlet,
 * section, date, language), keeping what it cut, with reasons. No per-site rules.
 */
package dev.parallax.extract;

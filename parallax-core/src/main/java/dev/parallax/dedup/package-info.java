/**
 * Near-duplicate detection: syndicated and lightly edited copies of one article, found across outlets by
 * MinHash signatures over word shingles with locality-sensitive hashing, so a look-up costs the same at
 * ten thousand and at a million stored articles.
 */
package dev.parallax.dedup;

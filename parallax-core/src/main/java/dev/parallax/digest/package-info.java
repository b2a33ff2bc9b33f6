/**
 * Story digests: each story's brief, built as its articles arrive and kept in the database with the
 * membership it was built from, and the index of people, organisations, places and quotes across stories
 * that per-entity pages read. {@link dev.parallax.digest.Digests} keeps them current; {@link
 * dev.parallax.digest.DigestStore} keeps them.
 */
package dev.parallax.digest;

/**
 * Feeds as sources that update themselves: the sources and their state ({@link dev.parallax.feed.SourceStore}),
 * parsing RSS, Atom and JSON Feed, feed discovery on a site, OPML import and export, and the poller and
 * scheduler that fetch each source at its own rate and hand new items to the ingest pipeline.
 */
package dev.parallax.feed;

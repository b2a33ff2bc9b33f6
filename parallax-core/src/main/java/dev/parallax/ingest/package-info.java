/**
 * Ingest: where documents come from (files and folders on disk, JSONL dumps, later feeds and pages) and
 * the run that pushes each one through extraction, the store, the index and the clusterer.
 */
package dev.parallax.ingest;

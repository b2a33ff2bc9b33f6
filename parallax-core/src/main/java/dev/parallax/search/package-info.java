/** Full-text search over stored articles with a Lucene index on disk (BM25). */
package dev.parallax.search;

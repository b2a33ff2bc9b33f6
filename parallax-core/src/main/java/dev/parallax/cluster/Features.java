package dev.parallax.cluster;

import java.time.Instant;

/**
 * What the clusterer knows of one article: its weighted terms and names, its unit-length embedding (null
 * when none was made) and the TF-IDF of its title alone, with its date (null when it has none).
 */
record Features(SparseVector text, SparseVector entities, float[] embedding, SparseVector title, Instant published) {}

/**
 * Streaming story clustering: each arriving article joins an existing story or starts a new one.
 * {@link dev.parallax.cluster.StreamingClusterer} combines TF-IDF, shared names ({@link
 * dev.parallax.cluster.EntityFeatures}), sentence embeddings ({@link dev.parallax.cluster.Embedder}) and
 * time decay; near-copies are found by {@link dev.parallax.dedup.NearDuplicates}. {@link
 * dev.parallax.cluster.StoryBook} keeps the stored stories in step.
 */
package dev.parallax.cluster;

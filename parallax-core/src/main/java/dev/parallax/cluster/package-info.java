/**
 * Streaming story clustering: each arriving article joins an existing story or starts a new one.
 * {@link dev.parallax.cluster.StreamingClusterer} finds candidate stories and keeps them; {@link
 * dev.parallax.cluster.StoryJudge} weighs TF-IDF, shared names ({@link dev.parallax.cluster.EntityFeatures}),
 * sentence embeddings ({@link dev.parallax.cluster.Embedder}) and time decay, and the fitted {@link
 * dev.parallax.cluster.JoinModel} decides where it can; near-copies are found by {@link
 * dev.parallax.dedup.NearDuplicates}. {@link dev.parallax.cluster.StoryBook} keeps the stored stories, and
 * each article's embedding, in step.
 */
package dev.parallax.cluster;

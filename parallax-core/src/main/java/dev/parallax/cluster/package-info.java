/**
 * Near-duplicate detection and streaming story clustering: each arriving article joins an existing story
 * or starts a new one.
 */
package dev.parallax.cluster;

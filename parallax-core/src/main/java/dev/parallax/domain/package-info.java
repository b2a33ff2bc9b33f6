/**
 * The domain of Parallax as immutable values: outlets, articles, stories and what the pipeline stages
 * pass between them. Nothing here does I/O.
 */
package dev.parallax.domain;

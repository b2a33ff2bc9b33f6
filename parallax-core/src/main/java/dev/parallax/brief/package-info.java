/**
 * The multi-source story brief: summary, facts, quotes, entities, disagreements and timeline, each
 * statement with the articles that support it.
 */
package dev.parallax.brief;

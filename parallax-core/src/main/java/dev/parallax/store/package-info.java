/**
 * Storage of outlets, articles and stories behind {@link dev.parallax.store.ArticleStore}: SQLite (WAL) as
 * the embedded default, PostgreSQL for a server deployment, one set of Flyway migrations for both.
 */
package dev.parallax.store;

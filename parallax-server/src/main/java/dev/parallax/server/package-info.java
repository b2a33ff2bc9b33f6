/**
 * The reader's web app: server-rendered pages (top stories, story, article, search, outlets, picks), Atom
 * feeds and the JSON API under {@code /api}, all read from an open {@link dev.parallax.app.Parallax}.
 * Everything that came from outside (article text, titles, URLs) is escaped on the way out.
 */
package dev.parallax.server;

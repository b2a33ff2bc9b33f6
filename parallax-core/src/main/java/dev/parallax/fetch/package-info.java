/**
 * Polite, bounded HTTP fetching for feeds and pages: conditional GET, redirects checked hop by hop, limits
 * on size, decompression and time, per-host concurrency, and refusal of private addresses unless allowed.
 * Expected outcomes (not modified, rate limited, refused) are checked exceptions that carry their data.
 */
package dev.parallax.fetch;

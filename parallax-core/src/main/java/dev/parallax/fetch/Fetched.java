package dev.parallax.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A successful (2xx) response, decoded from gzip/deflate.
 *
 * @param requested the URI asked for
 * @param uri where the body finally came from, after redirects
 * @param contentType the Content-Type header, or null
 * @param body the decoded body (charset detection is left to the parser, which knows the format)
 * @param validators ETag and Last-Modified for the next conditional GET
 * @param movedPermanently whether every redirect on the way was permanent (301, 308), so the requested
 *     URI should be replaced by {@code uri}; false when there was no redirect
 */
public record Fetched(
    URI requested, URI uri, int status, String contentType, byte[] body, Validators validators,
    boolean movedPermanently) {

  public Fetched {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(body, "body");
    validators = validators == null ? Validators.NONE : validators;
  }
}

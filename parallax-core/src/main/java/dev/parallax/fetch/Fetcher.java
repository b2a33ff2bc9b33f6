package dev.parallax.fetch;

import java.net.URI;

/** Gets one resource over HTTP within a {@link FetchPolicy}. Implementations are thread-safe. */
public interface Fetcher {

  /**
   * Fetches {@code uri}, sending {@code validators} for a conditional GET.
   *
   * @throws FetchException.NotModified when the server answers 304
   * @throws FetchException.TooManyRequests on 429 or 503, with the server's Retry-After if it gave one
   * @throws FetchException for every other failure, with the URI and the reason
   */
  Fetched fetch(URI uri, Validators validators) throws FetchException;

  default Fetched fetch(URI uri) throws FetchException {
    return fetch(uri, Validators.NONE);
  }
}

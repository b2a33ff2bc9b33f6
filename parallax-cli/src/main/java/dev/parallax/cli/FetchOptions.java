package dev.parallax.cli;

import dev.parallax.fetch.FetchPolicy;
import picocli.CommandLine.Option;

/** The fetch options shared by {@code fetch} and {@code sources add}. */
final class FetchOptions {

  @Option(
      names = "--allow-private-hosts",
      description =
          "Allow fetching from loopback, link-local and private network addresses (admin only; also"
              + " PARALLAX_ALLOW_PRIVATE_HOSTS=true). Refused by default.")
  boolean allowPrivateHosts;

  FetchPolicy policy() {
    FetchPolicy p = FetchPolicy.fromEnvironment(System.getenv());
    return allowPrivateHosts ? p.withAllowPrivateHosts(true) : p;
  }
}

package dev.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a name that answers one address to the check and another to the connection. Each test
 * uses a name of its own under {@code .test} (never resolvable on the internet), answered by a fake DNS.
 */
class PinnedAddressesTest {

  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-02-18T12:00:00Z"));

  /** A DNS whose answers for a name change from one lookup to the next, counting the lookups. */
  private static final class RebindingDns implements AddressGuard.Lookup {
    private final Map<String, List<InetAddress[]>> answers = new ConcurrentHashMap<>();
    final AtomicInteger lookups = new AtomicInteger();

    RebindingDns answer(String host, String... addresses) throws UnknownHostException {
      List<InetAddress[]> list = answers.computeIfAbsent(host, h -> new ArrayList<>());
      for (String a : addresses) list.add(new InetAddress[] {InetAddress.getByName(a)});
      return this;
    }

    @Override
    public InetAddress[] addresses(String host) throws UnknownHostException {
      int n = lookups.getAndIncrement();
      List<InetAddress[]> list = answers.get(host);
      if (list == null) throw new UnknownHostException(host);
      return list.get(Math.min(n, list.size() - 1));
    }
  }

  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
    server.body("/feed", "application/rss+xml", "<rss/>");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theClientConnectsToTheAddressTheGuardChecked() throws Exception {
    // the first answer is the test server, every later one an address where nothing listens
    RebindingDns dns = new RebindingDns().answer("rebind-one.test", "127.0.0.1", "127.0.0.2");
    URI feed = URI.create("http://rebind-one.test:" + server.uri("/").getPort() + "/feed");
    try (HttpFetcher fetcher =
        new HttpFetcher(FetchPolicy.DEFAULT.withAllowPrivateHosts(true).withTimeout(Duration.ofSeconds(5)), CLOCK, dns)) {
      assertThat(fetcher.fetch(feed).status()).isEqualTo(200);
      assertThat(fetcher.fetch(feed).status()).isEqualTo(200);
    }
    assertThat(server.hits("/feed")).isEqualTo(2);
    assertThat(server.lastHeader("/feed", "Host")).startsWith("rebind-one.test"); // the name still goes out
  }

  @Test
  void aNameThatRebindsToAPrivateAddressAfterTheCheckKeepsThePublicOne() throws Exception {
    RebindingDns dns = new RebindingDns().answer("rebind-two.test", "93.184.216.34", "127.0.0.1");
    AddressGuard strict = new AddressGuard(false, Set.of(), dns);
    strict.check(URI.create("http://rebind-two.test/feed"));
    // what the HTTP client sees when it resolves the name: the checked address, not the DNS's new answer
    assertThat(InetAddress.getAllByName("rebind-two.test")).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34");
    strict.check(URI.create("http://rebind-two.test/next")); // a redirect to the same host: still the checked one
    assertThat(InetAddress.getAllByName("rebind-two.test")).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34");
  }

  @Test
  void aNamePinnedToAPrivateAddressIsRefusedWhateverTheDnsSaysNext() throws Exception {
    RebindingDns dns = new RebindingDns().answer("rebind-three.test", "127.0.0.1", "93.184.216.34");
    int port = server.uri("/").getPort();
    try (HttpFetcher strict = new HttpFetcher(FetchPolicy.DEFAULT.withTimeout(Duration.ofSeconds(5)), CLOCK, dns)) {
      for (int i = 0; i < 2; i++)
        assertThatThrownBy(() -> strict.fetch(URI.create("http://rebind-three.test:" + port + "/feed")))
            .isInstanceOf(FetchException.Refused.class)
            .hasMessageContaining("private address 127.0.0.1");
    }
    assertThat(server.hits("/feed")).isZero();
  }

  @Test
  void thePinnedResolverAnswersOnlyTheFamilyAsked() throws Exception {
    PinnedAddresses.pin("family.test", List.of(InetAddress.getByName("192.0.2.10")));
    java.net.spi.InetAddressResolver upstream =
        new java.net.spi.InetAddressResolver() {
          @Override
          public java.util.stream.Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
            throw new UnknownHostException(host);
          }

          @Override
          public String lookupByAddress(byte[] addr) throws UnknownHostException {
            throw new UnknownHostException();
          }
        };
    PinnedAddresses.Resolver resolver = new PinnedAddresses.Resolver(upstream);
    var v4 = java.net.spi.InetAddressResolver.LookupPolicy.of(java.net.spi.InetAddressResolver.LookupPolicy.IPV4);
    var v6 = java.net.spi.InetAddressResolver.LookupPolicy.of(java.net.spi.InetAddressResolver.LookupPolicy.IPV6);
    assertThat(resolver.lookupByName("FAMILY.test", v4).map(InetAddress::getHostAddress)).containsExactly("192.0.2.10");
    assertThatThrownBy(() -> resolver.lookupByName("family.test", v6)).isInstanceOf(UnknownHostException.class);
    assertThatThrownBy(() -> resolver.lookupByName("unpinned.test", v4)).isInstanceOf(UnknownHostException.class);
  }
}

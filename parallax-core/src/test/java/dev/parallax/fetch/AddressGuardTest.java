package dev.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

  /** The address as an IPv6 address even when it is IPv4-mapped (InetAddress.getByName would unwrap it). */
  private static InetAddress v6(String literal) throws Exception {
    return Inet6Address.getByAddress(null, InetAddress.getByName(literal).getAddress().length == 16
        ? InetAddress.getByName(literal).getAddress()
        : mapped(InetAddress.getByName(literal).getAddress()), -1);
  }

  private static byte[] mapped(byte[] v4) {
    byte[] b = new byte[16];
    b[10] = (byte) 0xff;
    b[11] = (byte) 0xff;
    System.arraycopy(v4, 0, b, 12, 4);
    return b;
  }

  @Test
  void refusesIpv6FormsThatCarryAPrivateIpv4Address() throws Exception {
    for (String a : List.of(
        "::7f00:1", // ::127.0.0.1, IPv4-compatible
        "::a00:1", // ::10.0.0.1
        "::808:808", // ::8.8.8.8: the whole deprecated range, whatever it carries
        "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
        "64:ff9b::a9fe:a9fe", // NAT64 of 169.254.169.254
        "64:ff9b:1::808:808", // local-use NAT64
        "2002:7f00:1::", // 6to4 of 127.0.0.1
        "2002:c0a8:101::1", // 6to4 of 192.168.1.1
        "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
        "2001:db8::1", "3fff::1", "100::1", "fec0::1", "ff02::1"))
      assertThat(AddressGuard.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
    for (String a : List.of("127.0.0.1", "10.0.0.1", "169.254.169.254", "192.168.1.1", "0.0.0.0"))
      assertThat(AddressGuard.isPrivate(v6(a))).as("::ffff:" + a).isTrue();
  }

  @Test
  void refusesTheIpv4DocumentationAndRelayRanges() throws Exception {
    for (String a : List.of("192.0.2.1", "198.51.100.7", "203.0.113.9", "192.88.99.1", "224.0.0.1", "255.255.255.255"))
      assertThat(AddressGuard.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
  }

  @Test
  void letsPublicAddressesThroughInEveryForm() throws Exception {
    for (String a : List.of("8.8.8.8", "93.184.216.34", "2606:4700::1111", "64:ff9b::808:808", "2002:808:808::1", "2a00:1450::1"))
      assertThat(AddressGuard.isPrivate(InetAddress.getByName(a))).as(a).isFalse();
    assertThat(AddressGuard.isPrivate(v6("8.8.8.8"))).isFalse();
  }
}

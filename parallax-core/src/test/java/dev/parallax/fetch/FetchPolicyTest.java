package dev.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {

  @Test
  void refusesPrivateHostsUnlessTheEnvironmentAllowsThem() {
    assertThat(FetchPolicy.fromEnvironment(Map.of()).allowPrivateHosts()).isFalse();
    assertThat(FetchPolicy.fromEnvironment(Map.of("PARALLAX_ALLOW_PRIVATE_HOSTS", "true")).allowPrivateHosts()).isTrue();
    assertThat(FetchPolicy.fromEnvironment(Map.of("PARALLAX_ALLOW_PRIVATE_HOSTS", "yes please")).allowPrivateHosts()).isFalse();
    assertThat(FetchPolicy.fromEnvironment(Map.of("PARALLAX_PRIVATE_HOSTS_ALLOWED", " Intranet.Local ,10.0.0.5")).privateHostsAllowed())
        .containsExactlyInAnyOrder("intranet.local", "10.0.0.5");
  }

  @Test
  void rejectsLimitsThatMakeNoSense() {
    assertThatThrownBy(() -> FetchPolicy.DEFAULT.withTimeout(Duration.ZERO)).hasMessageContaining("timeout");
    assertThatThrownBy(() -> FetchPolicy.DEFAULT.withMaxBodyBytes(0, 1)).hasMessageContaining("maxBodyBytes");
  }
}

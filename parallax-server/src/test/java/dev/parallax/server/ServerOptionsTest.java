package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

  @Test
  void takesTheBaseUrlFromTheOptionElseTheEnvironmentElseTheBindAddress() {
    Map<String, String> env = Map.of("PARALLAX_BASE_URL", "https://news.example.org/");
    assertThat(ServerOptions.of("0.0.0.0", 8080, null, env).baseUrl(8080)).isEqualTo("https://news.example.org");
    assertThat(ServerOptions.of("0.0.0.0", 8080, null, "http://reader.lan:9000", env).baseUrl(8080)).isEqualTo("http://reader.lan:9000");
    assertThat(ServerOptions.of("127.0.0.1", 0, null, Map.of()).baseUrl(41234)).isEqualTo("http://127.0.0.1:41234");
    assertThat(ServerOptions.of("::1", 8080, null, Map.of()).baseUrl(8080)).isEqualTo("http://[::1]:8080");
  }

  @Test
  void refusesABaseUrlThatIsNotAnAbsoluteHttpUrl() {
    for (String bad : new String[] {"news.example.org", "javascript:alert(1)", "ftp://example.org", "https://example.org/?q=1", "https://user@example.org"})
      assertThatThrownBy(() -> new ServerOptions("127.0.0.1", 8080, null, bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("base URL");
  }
}

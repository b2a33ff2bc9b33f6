package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in a JVM of its own, started in a folder far from the checkout with a HOME of its own and no
 * {@code parallax.home}, as an installed distribution runs it: {@code demo} finds its sample in the jar and leaves
 * the default data folder alone. ({@code bin/dist} runs the packaged archive the same way.)
 */
class OutsideCheckoutTest {

  @TempDir Path home;
  @TempDir Path elsewhere;

  @Test
  void demoRunsFromAnyFolderWithTheSampleInTheJar() throws Exception {
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "--enable-native-access=ALL-UNNAMED"));
    // Java reads its home folder from the system, not from $HOME
    command.addAll(List.of("-Duser.home=" + home, "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of("dev.parallax.cli.Main", "demo", "--format", "json"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(elsewhere.toFile())
            .redirectOutput(elsewhere.resolve("out.json").toFile())
            .redirectError(elsewhere.resolve("err.txt").toFile());
    builder.environment().put("HOME", home.toString());
    builder.environment().remove("PARALLAX_DATA");
    builder.environment().remove("XDG_DATA_HOME");
    builder.environment().remove("PARALLAX_DB_URL");
    Process demo = builder.start();
    try {
      assertThat(demo.waitFor(300, TimeUnit.SECONDS)).isTrue();
      String err = Files.readString(elsewhere.resolve("err.txt"));
      assertThat(demo.exitValue()).as(err).isZero();
      JsonNode out = new ObjectMapper().readTree(elsewhere.resolve("out.json").toFile());
      assertThat(out.get("stories")).isNotEmpty();
      assertThat(out.toString()).contains("Riyadh");
      assertThat(home.resolve(".local/share/parallax")).doesNotExist();
    } finally {
      demo.destroyForcibly();
    }
  }
}

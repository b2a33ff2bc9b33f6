package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} in its own JVM, stopped as a service manager stops it (SIGTERM): the shutdown hook must let the
 * web server, the feeds and the store close before the JVM halts.
 */
class ServeStopTest {

  @TempDir Path data;
  @TempDir Path seeds;
  @TempDir Path logs;

  @Test
  void sigtermClosesTheServerAndTheStoreBeforeTheJvmHalts() throws Exception {
    Path repo = Path.of(System.getProperty("parallax.repo", ".."));
    try (Stream<Path> files = Files.list(repo.resolve("samples/seeds"))) {
      for (Path p : files.toList()) Files.copy(p, seeds.resolve(p.getFileName()));
    }
    assertThat(CliTest.run("ingest", "--data", data.toString(), seeds.toString()).code()).isZero();
    assertThat(data.resolve("parallax.db-wal")).doesNotExist(); // every connection of the ingest was closed

    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "--enable-native-access=ALL-UNNAMED"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.parallax.cli.Main", "serve", "--port", "0", "--no-poll"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(logs.resolve("stderr").toFile());
    builder.environment().put("PARALLAX_DATA", data.toString()); // the folder from the environment, as a service sets it
    Process serve = builder.start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String first = CompletableFuture.supplyAsync(() -> {
        try {
          return out.readLine();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).get(180, TimeUnit.SECONDS);
      assertThat(first).as(Files.readString(logs.resolve("stderr"))).startsWith("Parallax is serving 5 articles at http://127.0.0.1:");
      assertThat(data.resolve("parallax.db-wal")).exists(); // open: SQLite keeps its write-ahead log

      serve.destroy(); // SIGTERM

      assertThat(serve.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String err = Files.readString(logs.resolve("stderr"));
      assertThat(err).contains("parallax: stopping", "parallax: stopped cleanly").doesNotContain("not stopped within");
      // the last connection to close checkpoints the log into the database and deletes it: every store was closed
      assertThat(data.resolve("parallax.db-wal")).doesNotExist();
    } finally {
      serve.destroyForcibly();
    }
    try (Parallax again = Parallax.open(Config.embedded(data), InstantSource.system())) {
      assertThat(again.store().articleCount()).isEqualTo(5);
      assertThat(again.store().pendingCount()).isZero();
      assertThat(again.index().size()).isEqualTo(5);
    }
  }
}

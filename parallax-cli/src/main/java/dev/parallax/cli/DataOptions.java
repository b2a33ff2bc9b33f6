package dev.parallax.cli;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by every command that reads or writes the store. */
final class DataOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data folder (default: $PARALLAX_DATA, else $XDG_DATA_HOME/parallax, else ~/.local/share/parallax).")
  Path data;

  Config config() {
    return Config.fromEnvironment(data, System.getenv());
  }

  Parallax open() throws IOException, StoreException {
    return Parallax.open(config(), InstantSource.system());
  }
}

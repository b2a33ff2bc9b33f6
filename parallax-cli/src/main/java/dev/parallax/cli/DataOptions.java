package dev.parallax.cli;

import dev.parallax.app.Config;
import dev.parallax.app.Parallax;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --data} option shared by every command that reads or writes the store. It is accepted after the
 * command ({@code parallax stories --data D}) and before it ({@code parallax --data D stories}); the first wins.
 */
final class DataOptions {

  static final String DESCRIPTION =
      // %n: picocli's wrapping would break "~/." from "local" otherwise (it may break after a dot)
      "Data folder (default: $PARALLAX_DATA, else $XDG_DATA_HOME/parallax, else%n~/.local/share/parallax).";

  @Option(names = "--data", paramLabel = "DIR", description = DESCRIPTION)
  Path data;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The folder named by {@code --data} on this command or on {@code parallax} itself, or null. */
  Path explicit() {
    if (data != null) return data;
    for (CommandLine c = command == null ? null : command.commandLine(); c != null; c = c.getParent()) {
      if (c.getCommand() instanceof ParallaxCommand top && top.data != null) return top.data;
    }
    return null;
  }

  /** The configuration, refusing a data folder that names a file. */
  Config config() throws IOException {
    Config config = Config.fromEnvironment(explicit(), System.getenv());
    Path dir = config.dataDir();
    if (Files.exists(dir) && !Files.isDirectory(dir))
      throw new IOException(dir + " is a file, not a data folder: give --data (or PARALLAX_DATA) a folder");
    return config;
  }

  /** The configuration of an installation that must exist already: for commands that only read. */
  Config existing() throws IOException {
    Config config = config();
    Path dir = config.dataDir();
    boolean there = config.databaseUrl() == null ? Files.isRegularFile(dir.resolve("parallax.db")) : Files.isDirectory(dir);
    if (!there)
      throw new IOException("no Parallax data in " + dir + "; run `parallax ingest`, `fetch` or `serve` to create it"
          + " (or name another folder with --data)");
    return config;
  }

  /** Opens the installation for writing, creating it if needed; one process at a time. */
  Parallax open() throws IOException, StoreException {
    return Parallax.open(config(), InstantSource.system());
  }

  /**
   * Opens an existing installation for a command that only reads, without the search index's write lock, so
   * it works while {@code serve} (or another writer) runs.
   */
  Parallax read() throws IOException, StoreException {
    return Parallax.openForReading(existing(), InstantSource.system());
  }
}

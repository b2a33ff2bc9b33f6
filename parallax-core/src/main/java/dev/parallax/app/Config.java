package dev.parallax.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where Parallax keeps its data.
 *
 * @param dataDir folder for the embedded database and the search index
 * @param databaseUrl a {@code jdbc:postgresql:} URL to use PostgreSQL instead of the embedded SQLite, or null
 */
public record Config(Path dataDir, String databaseUrl, String databaseUser, String databasePassword) {

  public Config {
    Objects.requireNonNull(dataDir, "dataDir");
    if (databaseUrl != null && !databaseUrl.startsWith("jdbc:postgresql:"))
      throw new IllegalArgumentException(
          "database URL must start with jdbc:postgresql: (the embedded store needs none): " + databaseUrl);
  }

  /** The embedded default in a folder. */
  public static Config embedded(Path dataDir) {
    return new Config(dataDir, null, null, null);
  }

  /**
   * Reads PARALLAX_DATA (else XDG_DATA_HOME/parallax, else ~/.local/share/parallax) and PARALLAX_DB_URL,
   * PARALLAX_DB_USER, PARALLAX_DB_PASSWORD; an explicit data folder wins over the environment.
   */
  public static Config fromEnvironment(Path explicitDataDir, Map<String, String> env) {
    Path dir = explicitDataDir != null ? explicitDataDir : defaultDataDir(env);
    return new Config(
        dir, env.get("PARALLAX_DB_URL"), env.get("PARALLAX_DB_USER"), env.get("PARALLAX_DB_PASSWORD"));
  }

  static Path defaultDataDir(Map<String, String> env) {
    String explicit = env.get("PARALLAX_DATA");
    if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "parallax");
    return Path.of(System.getProperty("user.home"), ".local", "share", "parallax");
  }
}

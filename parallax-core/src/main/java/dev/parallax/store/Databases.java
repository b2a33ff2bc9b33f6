package dev.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens the installation's database for any of the JDBC stores: creates or upgrades the schema with the
 * Flyway migrations (the same SQL for SQLite and PostgreSQL), then connects. Every store that shares the
 * database opens it here, so they all get the same checks and settings; the small JDBC helpers below are
 * shared by them too.
 */
public final class Databases {

  /** An open connection and how to name the database in messages (a file path or a URL). */
  public record Opened(String description, Connection connection) {}

  private Databases() {}

  /** The embedded SQLite database {@code directory}/parallax.db, in WAL mode with foreign keys on. */
  public static Opened sqlite(Path directory) throws StoreException {
    Path file = directory.resolve("parallax.db");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StoreException("cannot create data folder " + directory + ": " + e.getMessage(), e);
    }
    requireSqliteFile(file);
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try (SchemaLock lock = SchemaLock.take(directory.resolve("parallax.db.lock"), file)) {
      migrate(url, null, null, file.toString());
      Connection c = DriverManager.getConnection(url);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout=10000");
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA synchronous=NORMAL");
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new Opened(file.toString(), c);
    } catch (SQLException e) {
      throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** A PostgreSQL database. */
  public static Opened postgres(String url, String user, String password) throws StoreException {
    migrate(url, user, password, url);
    try {
      return new Opened(url, DriverManager.getConnection(url, user, password));
    } catch (SQLException e) {
      throw new StoreException("cannot connect to " + url + ": " + e.getMessage(), e);
    }
  }

  /** A statement with its parameters bound in order; the caller closes it. */
  public static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
    return ps;
  }

  /** Work on a connection that may fail with an {@link SQLException}. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  public static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(auto);
    }
  }

  /** Runs an INSERT, UPDATE or DELETE and returns how many rows it touched. */
  public static int update(Connection connection, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(connection, sql, args)) {
      return ps.executeUpdate();
    }
  }

  /** Times are stored as ISO-8601 text, which sorts and reads the same on SQLite and PostgreSQL. */
  public static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  /** The stored form of a time (see {@link #instant}). */
  public static String text(Instant time) {
    return time == null ? null : time.toString();
  }

  /** Fails fast, naming the file, when something that is not an SQLite database sits where ours should be. */
  private static void requireSqliteFile(Path file) throws StoreException {
    if (!Files.isRegularFile(file)) return;
    byte[] header = new byte[16];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(header, 0, header.length);
      if (n == 0) return; // an empty file becomes a new database
      if (n < header.length || !new String(header, 0, 15, StandardCharsets.US_ASCII).equals("SQLite format 3"))
        throw new StoreException(file + " is not an SQLite database; move it away or choose another --data folder");
    } catch (IOException e) {
      throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void migrate(String url, String user, String password, String description)
      throws StoreException {
    try {
      Flyway.configure()
          .dataSource(url, user, password)
          .locations("classpath:db/migration")
          .connectRetries(0)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot prepare the schema of " + description + ": " + e.getMessage(), e);
    }
  }
}

package dev.parallax.feed;

import dev.parallax.app.Config;
import dev.parallax.store.Databases;
import dev.parallax.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * {@link SourceStore} over JDBC, on the same database as the articles (SQLite or PostgreSQL, one set of
 * Flyway migrations) through its own connection; calls are serialised.
 */
public final class JdbcSourceStore implements SourceStore {

  private static final String COLUMNS =
      "id, url, name, homepage, icon, category, members_only, interval_seconds, etag, last_modified,"
          + " last_fetched, last_success, next_fetch, error_count, last_error";

  private final String description;
  private final Connection connection;
  private final InstantSource clock;

  private JdbcSourceStore(String description, Connection connection, InstantSource clock) {
    this.description = description;
    this.connection = connection;
    this.clock = clock;
  }

  /** The store of the installation {@code config} names (SQLite in its data folder, or PostgreSQL). */
  public static JdbcSourceStore open(Config config, InstantSource clock) throws StoreException {
    return config.databaseUrl() == null
        ? sqlite(config.dataDir(), clock)
        : postgres(config.databaseUrl(), config.databaseUser(), config.databasePassword(), clock);
  }

  /** Opens (creating or upgrading) the embedded SQLite database in {@code directory}/parallax.db. */
  public static JdbcSourceStore sqlite(Path directory, InstantSource clock) throws StoreException {
    Databases.Opened db = Databases.sqlite(directory);
    return new JdbcSourceStore(db.description(), db.connection(), clock);
  }

  /** Opens (creating or upgrading) a PostgreSQL database. */
  public static JdbcSourceStore postgres(String url, String user, String password, InstantSource clock)
      throws StoreException {
    Databases.Opened db = Databases.postgres(url, user, password);
    return new JdbcSourceStore(db.description(), db.connection(), clock);
  }

  @Override
  public synchronized AddResult add(NewSource s) throws StoreException {
    Objects.requireNonNull(s, "source");
    try {
      Optional<Source> existing = byUrl(s.url());
      if (existing.isPresent()) return new AddResult.Existing(existing.get());
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        long id;
        try (PreparedStatement ps = prepare("SELECT COALESCE(MAX(id), 0) + 1 FROM source");
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
        update(
            "INSERT INTO source (id, url, name, homepage, icon, category, members_only, interval_seconds,"
                + " error_count, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
            id, s.url(), s.name(), s.homepage(), s.icon(), s.category(), s.membersOnly() ? 1 : 0,
            (int) s.interval().toSeconds(), clock.instant().toString());
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
      return new AddResult.Added(byUrl(s.url()).orElseThrow());
    } catch (SQLException e) {
      throw failure("add source " + s.url(), e);
    }
  }

  @Override
  public synchronized List<Source> sources() throws StoreException {
    try {
      return query("SELECT " + COLUMNS + " FROM source ORDER BY id");
    } catch (SQLException e) {
      throw failure("list sources", e);
    }
  }

  @Override
  public synchronized Optional<Source> source(long id) throws StoreException {
    try {
      return query("SELECT " + COLUMNS + " FROM source WHERE id = ?", id).stream().findFirst();
    } catch (SQLException e) {
      throw failure("read source " + id, e);
    }
  }

  @Override
  public synchronized Optional<Source> sourceByUrl(String url) throws StoreException {
    try {
      return byUrl(url);
    } catch (SQLException e) {
      throw failure("read source " + url, e);
    }
  }

  @Override
  public synchronized boolean remove(long id) throws StoreException {
    try {
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        update("DELETE FROM source_item WHERE source_id = ?", id);
        int n = update("DELETE FROM source WHERE id = ?", id);
        connection.commit();
        return n > 0;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw failure("remove source " + id, e);
    }
  }

  @Override
  public synchronized void updateStatus(long id, Source.Status st) throws StoreException {
    try {
      update(
          "UPDATE source SET etag = ?, last_modified = ?, last_fetched = ?, last_success = ?, next_fetch = ?,"
              + " error_count = ?, last_error = ? WHERE id = ?",
          st.etag(), st.lastModified(), str(st.lastFetched()), str(st.lastSuccess()), str(st.nextFetch()),
          st.errors(), st.lastError(), id);
    } catch (SQLException e) {
      throw failure("update source " + id, e);
    }
  }

  @Override
  public synchronized boolean updateUrl(long id, String url) throws StoreException {
    try {
      if (byUrl(url).isPresent()) return false;
      return update("UPDATE source SET url = ? WHERE id = ?", url, id) > 0;
    } catch (SQLException e) {
      throw failure("move source " + id + " to " + url, e);
    }
  }

  @Override
  public synchronized Set<String> seenItems(long sourceId, Set<String> itemKeys) throws StoreException {
    Set<String> seen = new HashSet<>();
    try (PreparedStatement ps = prepare("SELECT 1 FROM source_item WHERE source_id = ? AND item_key = ?")) {
      for (String key : itemKeys) {
        ps.setLong(1, sourceId);
        ps.setString(2, key);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) seen.add(key);
        }
      }
      return seen;
    } catch (SQLException e) {
      throw failure("read items of source " + sourceId, e);
    }
  }

  @Override
  public synchronized void markSeen(long sourceId, String itemKey, String articleId) throws StoreException {
    try {
      update(
          "INSERT INTO source_item (source_id, item_key, article_id, seen) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT (source_id, item_key) DO UPDATE SET article_id = excluded.article_id",
          sourceId, itemKey, articleId, clock.instant().toString());
    } catch (SQLException e) {
      throw failure("record item of source " + sourceId, e);
    }
  }

  @Override
  public synchronized void markSeen(long sourceId, java.util.Map<String, String> articleIdByItemKey)
      throws StoreException {
    if (articleIdByItemKey.isEmpty()) return;
    try {
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement ps =
          prepare(
              "INSERT INTO source_item (source_id, item_key, article_id, seen) VALUES (?, ?, ?, ?)"
                  + " ON CONFLICT (source_id, item_key) DO UPDATE SET article_id = excluded.article_id")) {
        String now = clock.instant().toString();
        for (var e : articleIdByItemKey.entrySet()) {
          ps.setLong(1, sourceId);
          ps.setString(2, e.getKey());
          ps.setString(3, e.getValue());
          ps.setString(4, now);
          ps.addBatch();
        }
        ps.executeBatch();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw failure("record items of source " + sourceId, e);
    }
  }

  @Override
  public synchronized Optional<Source> sourceOfArticle(String articleId) throws StoreException {
    try {
      return query(
              "SELECT " + COLUMNS + " FROM source WHERE id IN"
                  + " (SELECT source_id FROM source_item WHERE article_id = ?) ORDER BY id",
              articleId)
          .stream()
          .findFirst();
    } catch (SQLException e) {
      throw failure("read source of article " + articleId, e);
    }
  }

  @Override
  public synchronized void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private Optional<Source> byUrl(String url) throws SQLException {
    return query("SELECT " + COLUMNS + " FROM source WHERE url = ?", url).stream().findFirst();
  }

  private List<Source> query(String sql, Object... args) throws SQLException {
    List<Source> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Source.Status status =
            new Source.Status(
                rs.getString("etag"),
                rs.getString("last_modified"),
                instant(rs.getString("last_fetched")),
                instant(rs.getString("last_success")),
                instant(rs.getString("next_fetch")),
                rs.getInt("error_count"),
                rs.getString("last_error"));
        out.add(
            new Source(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("name"),
                rs.getString("homepage"),
                rs.getString("icon"),
                rs.getString("category"),
                rs.getInt("members_only") != 0,
                Duration.ofSeconds(Math.max(Source.MIN_INTERVAL.toSeconds(), rs.getInt("interval_seconds"))),
                status));
      }
    }
    return out;
  }

  private int update(String sql, Object... args) throws SQLException {
    return Databases.update(connection, sql, args);
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    return Databases.prepare(connection, sql, args);
  }

  private static Instant instant(String s) {
    return Databases.instant(s);
  }

  private static String str(Instant i) {
    return Databases.text(i);
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
  }
}

package dev.parallax.members;

import static dev.parallax.store.Databases.prepare;
import static dev.parallax.store.Databases.update;

import dev.parallax.app.Config;
import dev.parallax.domain.Outlet;
import dev.parallax.store.Databases;
import dev.parallax.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link MembersOnlyStore} over JDBC, on the same database as the articles and sources (SQLite or
 * PostgreSQL, one set of Flyway migrations) through its own connection; calls are serialised. An outlet's
 * mark is a row of {@code members_only_outlet}; a source's is the {@code members_only} flag of its row.
 */
public final class JdbcMembersOnlyStore implements MembersOnlyStore {

  /** Ids per query: well under SQLite's limit on bound parameters. */
  private static final int BATCH = 500;

  private static final String MEMBERS_ONLY =
      " AND (EXISTS (SELECT 1 FROM members_only_outlet m WHERE m.outlet_id = a.outlet_id)"
          + " OR EXISTS (SELECT 1 FROM source_item i JOIN source s ON s.id = i.source_id"
          + " WHERE i.article_id = a.id AND s.members_only <> 0)"
          // stored by a poll that has not linked it to its source yet: members-only while any source is
          + " OR (EXISTS (SELECT 1 FROM article_pending p WHERE p.article_id = a.id)"
          + " AND NOT EXISTS (SELECT 1 FROM source_item i WHERE i.article_id = a.id)"
          + " AND EXISTS (SELECT 1 FROM source s WHERE s.members_only <> 0)))";

  private final String description;
  private final Connection connection;
  private final InstantSource clock;

  private JdbcMembersOnlyStore(Databases.Opened db, InstantSource clock) {
    this.description = db.description();
    this.connection = db.connection();
    this.clock = clock;
  }

  /** The store of the installation {@code config} names (SQLite in its data folder, or PostgreSQL). */
  public static JdbcMembersOnlyStore open(Config config, InstantSource clock) throws StoreException {
    return config.databaseUrl() == null
        ? sqlite(config.dataDir(), clock)
        : postgres(config.databaseUrl(), config.databaseUser(), config.databasePassword(), clock);
  }

  /** Opens (creating or upgrading) the embedded SQLite database in {@code directory}/parallax.db. */
  public static JdbcMembersOnlyStore sqlite(Path directory, InstantSource clock) throws StoreException {
    return new JdbcMembersOnlyStore(Databases.sqlite(directory), clock);
  }

  /** Opens (creating or upgrading) a PostgreSQL database. */
  public static JdbcMembersOnlyStore postgres(String url, String user, String password, InstantSource clock)
      throws StoreException {
    return new JdbcMembersOnlyStore(Databases.postgres(url, user, password), clock);
  }

  @Override
  public synchronized Change markOutlet(String idOrName, boolean on) throws StoreException {
    if (idOrName == null || idOrName.isBlank()) throw new IllegalArgumentException("an outlet id or name is required");
    try {
      Optional<String> id = outletId(idOrName.strip());
      if (id.isEmpty()) return Change.UNKNOWN;
      int touched =
          on
              ? update(
                  connection,
                  "INSERT INTO members_only_outlet (outlet_id, marked) SELECT ?, ? WHERE NOT EXISTS"
                      + " (SELECT 1 FROM members_only_outlet WHERE outlet_id = ?)",
                  id.get(), clock.instant().toString(), id.get())
              : update(connection, "DELETE FROM members_only_outlet WHERE outlet_id = ?", id.get());
      return touched > 0 ? Change.CHANGED : Change.UNCHANGED;
    } catch (SQLException e) {
      throw failure("mark outlet " + idOrName + (on ? "" : " not") + " members-only", e);
    }
  }

  /** The id of the stored (or marked) outlet with this id, this name, or this name's id. */
  private Optional<String> outletId(String idOrName) throws SQLException {
    String slug = Outlet.named(idOrName).id();
    try (PreparedStatement ps =
            prepare(
                connection,
                "SELECT id FROM outlet WHERE id = ? OR id = ? OR LOWER(name) = LOWER(?)"
                    + " UNION SELECT outlet_id FROM members_only_outlet WHERE outlet_id = ? OR outlet_id = ?",
                idOrName, slug, idOrName, idOrName, slug);
        ResultSet rs = ps.executeQuery()) {
      List<String> found = new ArrayList<>();
      while (rs.next()) found.add(rs.getString(1));
      // the id as given wins over a name that happens to slug to another outlet's id
      if (found.contains(idOrName)) return Optional.of(idOrName);
      if (found.contains(slug)) return Optional.of(slug);
      return found.stream().sorted().findFirst();
    }
  }

  @Override
  public synchronized Change markSource(long sourceId, boolean on) throws StoreException {
    try {
      int value = on ? 1 : 0;
      if (update(connection, "UPDATE source SET members_only = ? WHERE id = ? AND members_only <> ?", value, sourceId, value) > 0)
        return Change.CHANGED;
      try (PreparedStatement ps = prepare(connection, "SELECT 1 FROM source WHERE id = ?", sourceId);
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Change.UNCHANGED : Change.UNKNOWN;
      }
    } catch (SQLException e) {
      throw failure("mark source " + sourceId + (on ? "" : " not") + " members-only", e);
    }
  }

  @Override
  public synchronized List<OutletMark> outlets() throws StoreException {
    try (PreparedStatement ps =
            prepare(
                connection,
                "SELECT o.id, o.name, CASE WHEN m.outlet_id IS NULL THEN 0 ELSE 1 END FROM outlet o"
                    + " LEFT JOIN members_only_outlet m ON m.outlet_id = o.id ORDER BY LOWER(o.name), o.id");
        ResultSet rs = ps.executeQuery()) {
      List<OutletMark> out = new ArrayList<>();
      while (rs.next()) out.add(new OutletMark(rs.getString(1), rs.getString(2), rs.getInt(3) != 0));
      return out;
    } catch (SQLException e) {
      throw failure("list outlets", e);
    }
  }

  @Override
  public synchronized List<SourceMark> sources() throws StoreException {
    try (PreparedStatement ps = prepare(connection, "SELECT id, url, name, members_only FROM source ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      List<SourceMark> out = new ArrayList<>();
      while (rs.next()) out.add(new SourceMark(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0));
      return out;
    } catch (SQLException e) {
      throw failure("list sources", e);
    }
  }

  @Override
  public synchronized List<String> markedOutlets() throws StoreException {
    try (PreparedStatement ps = prepare(connection, "SELECT outlet_id FROM members_only_outlet ORDER BY outlet_id");
        ResultSet rs = ps.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (rs.next()) out.add(rs.getString(1));
      return out;
    } catch (SQLException e) {
      throw failure("list members-only outlets", e);
    }
  }

  @Override
  public synchronized List<Long> markedSources() throws StoreException {
    try (PreparedStatement ps = prepare(connection, "SELECT id FROM source WHERE members_only <> 0 ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      List<Long> out = new ArrayList<>();
      while (rs.next()) out.add(rs.getLong(1));
      return out;
    } catch (SQLException e) {
      throw failure("list members-only sources", e);
    }
  }

  @Override
  public synchronized Set<String> membersOnly(Collection<String> articleIds) throws StoreException {
    List<String> ids = List.copyOf(new LinkedHashSet<>(articleIds));
    Set<String> out = new HashSet<>();
    try {
      for (int from = 0; from < ids.size(); from += BATCH) {
        List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
        String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
        try (PreparedStatement ps =
                prepare(connection, "SELECT a.id FROM article a WHERE a.id IN (" + marks + ")" + MEMBERS_ONLY, batch.toArray());
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read which of " + ids.size() + " articles are members-only", e);
    }
  }

  @Override
  public synchronized Set<String> membersOnlyArticles() throws StoreException {
    Set<String> out = new HashSet<>();
    try {
      // nothing marked (the usual case): no scan of the articles
      try (PreparedStatement ps =
              prepare(
                  connection,
                  "SELECT 1 FROM members_only_outlet UNION ALL SELECT 1 FROM source WHERE members_only <> 0");
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return out;
      }
      try (PreparedStatement ps = prepare(connection, "SELECT a.id FROM article a WHERE 1 = 1" + MEMBERS_ONLY);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw failure("list the members-only articles", e);
    }
  }

  @Override
  public synchronized String signature() throws StoreException {
    return "outlets " + markedOutlets() + " sources " + markedSources();
  }

  @Override
  public synchronized void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
  }
}

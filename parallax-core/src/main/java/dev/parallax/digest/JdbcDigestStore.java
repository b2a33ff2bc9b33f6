package dev.parallax.digest;

import static dev.parallax.store.Databases.prepare;
import static dev.parallax.store.Databases.update;

import dev.parallax.app.Config;
import dev.parallax.brief.Brief;
import dev.parallax.store.Databases;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link DigestStore} over JDBC, on the same database as the articles (SQLite or PostgreSQL, one set of
 * Flyway migrations) through its own connection; calls are serialised. A digest that cannot be read back
 * (written by another version) is treated as missing and rebuilt.
 */
public final class JdbcDigestStore implements DigestStore {

  private final String description;
  private final Connection connection;

  private JdbcDigestStore(Databases.Opened db) {
    this.description = db.description();
    this.connection = db.connection();
  }

  /** The store of the installation {@code config} names (SQLite in its data folder, or PostgreSQL). */
  public static JdbcDigestStore open(Config config) throws StoreException {
    return config.databaseUrl() == null
        ? sqlite(config.dataDir())
        : postgres(config.databaseUrl(), config.databaseUser(), config.databasePassword());
  }

  /** Opens (creating or upgrading) the embedded SQLite database in {@code directory}/parallax.db. */
  public static JdbcDigestStore sqlite(Path directory) throws StoreException {
    return new JdbcDigestStore(Databases.sqlite(directory));
  }

  /** Opens (creating or upgrading) a PostgreSQL database. */
  public static JdbcDigestStore postgres(String url, String user, String password) throws StoreException {
    return new JdbcDigestStore(Databases.postgres(url, user, password));
  }

  @Override
  public synchronized Optional<Digest> digest(String storyId) throws StoreException {
    try (PreparedStatement ps = prepare(connection, "SELECT signature, built, brief FROM story_brief WHERE story_id = ?", storyId);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) return Optional.empty();
      try {
        return Optional.of(new Digest(rs.getString(1), Databases.instant(rs.getString(2)), BriefJson.read(rs.getString(3))));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read the brief of story " + storyId, e);
    }
  }

  @Override
  public synchronized Map<String, String> signatures() throws StoreException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps = prepare(connection, "SELECT story_id, signature FROM story_brief");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.put(rs.getString(1), rs.getString(2));
      return out;
    } catch (SQLException e) {
      throw failure("list the signatures of briefs", e);
    }
  }

  @Override
  public synchronized void save(String storyId, Digest digest) throws StoreException {
    try {
      Databases.inTransaction(connection, () -> {
        update(connection, "DELETE FROM story_brief WHERE story_id = ?", storyId);
        update(connection, "DELETE FROM story_entity WHERE story_id = ?", storyId);
        update(connection, "DELETE FROM story_quote WHERE story_id = ?", storyId);
        update(connection, "INSERT INTO story_brief (story_id, signature, built, brief) VALUES (?, ?, ?, ?)", storyId,
            digest.signature(), Databases.text(digest.built()), BriefJson.write(digest.brief()));
        Set<String> keys = new HashSet<>();
        Set<String> speakers = new HashSet<>();
        for (Brief.Entity e : digest.brief().entities()) {
          speakers.add(e.name());
          String key = EntityKey.of(e.name());
          if (!DigestStore.indexed(e) || key.isEmpty() || !keys.add(key)) continue;
          update(connection, "INSERT INTO story_entity (story_id, entity_key, name, type, articles) VALUES (?, ?, ?, ?, ?)",
              storyId, key, e.name(), e.type(), e.sources().size());
        }
        int position = 0;
        for (Brief.Quote q : digest.brief().quotes()) {
          String key = speakers.contains(q.speaker()) ? EntityKey.of(q.speaker()) : null;
          update(connection, "INSERT INTO story_quote (story_id, position, speaker_key, speaker, text, sources) VALUES (?, ?, ?, ?, ?, ?)",
              storyId, position++, key, q.speaker(), q.text(), BriefJson.writeList(q.sources()));
        }
        return null;
      });
    } catch (SQLException e) {
      throw failure("save the brief of story " + storyId, e);
    }
  }

  @Override
  public synchronized List<EntityStory> storiesOf(String entityKey, int limit) throws StoreException {
    return query("read the stories of " + entityKey,
        "SELECT e.story_id, e.name, e.type, e.articles FROM story_entity e JOIN story s ON s.id = e.story_id"
            + " WHERE e.entity_key = ? ORDER BY e.articles DESC, s.updated DESC LIMIT ?",
        rs -> new EntityStory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), entityKey, limit);
  }

  @Override
  public synchronized List<EntityQuote> quotesOf(String entityKey, int limit) throws StoreException {
    return query("read the quotes of " + entityKey,
        "SELECT q.story_id, q.speaker, q.text, q.sources FROM story_quote q JOIN story s ON s.id = q.story_id"
            + " WHERE q.speaker_key = ? ORDER BY s.updated DESC, q.story_id, q.position LIMIT ?",
        rs -> new EntityQuote(rs.getString(1), rs.getString(2), rs.getString(3), sources(rs.getString(4))), entityKey, limit);
  }

  @Override
  public synchronized List<EntitySummary> topEntities(int limit) throws StoreException {
    return query("read the entities",
        "SELECT e.entity_key, MIN(e.name), MIN(e.type), COUNT(*), SUM(e.articles) FROM story_entity e"
            + " JOIN story s ON s.id = e.story_id GROUP BY e.entity_key"
            + " ORDER BY COUNT(*) DESC, SUM(e.articles) DESC, e.entity_key LIMIT ?",
        rs -> new EntitySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)), limit);
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String what, String sql, Row<T> row, Object... args) throws StoreException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(connection, sql, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(row.read(rs));
      return out;
    } catch (SQLException e) {
      throw failure(what, e);
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

  private static List<String> sources(String json) {
    try {
      return BriefJson.readList(json);
    } catch (IOException e) {
      return List.of();
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
  }
}

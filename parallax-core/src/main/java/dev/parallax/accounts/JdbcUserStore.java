package dev.parallax.accounts;

import static dev.parallax.store.Databases.instant;
import static dev.parallax.store.Databases.prepare;
import static dev.parallax.store.Databases.text;
import static dev.parallax.store.Databases.update;

import dev.parallax.app.Config;
import dev.parallax.store.Databases;
import dev.parallax.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link UserStore} over JDBC, on the installation's database (SQLite or PostgreSQL, migration V8) through
 * its own connection; calls are serialised, so the first-account and invitation checks cannot race.
 */
public final class JdbcUserStore implements UserStore {

  private static final String USER_COLUMNS = "id, email, role, member_until, created";
  private static final String INVITATION_COLUMNS = "code, member, member_days, created, created_by, used_by, used";

  private final String description;
  private final Connection connection;

  private JdbcUserStore(Databases.Opened db) {
    this.description = db.description();
    this.connection = db.connection();
  }

  /** The store of the installation {@code config} names. */
  public static JdbcUserStore open(Config config) throws StoreException {
    return config.databaseUrl() == null
        ? sqlite(config.dataDir())
        : postgres(config.databaseUrl(), config.databaseUser(), config.databasePassword());
  }

  public static JdbcUserStore sqlite(Path directory) throws StoreException {
    return new JdbcUserStore(Databases.sqlite(directory));
  }

  public static JdbcUserStore postgres(String url, String user, String password) throws StoreException {
    return new JdbcUserStore(Databases.postgres(url, user, password));
  }

  @Override
  public synchronized User add(NewUser u, boolean firstIsAdmin) throws StoreException, AccountException {
    String refusal;
    try {
      refusal = Databases.inTransaction(connection, () -> {
        if (count("SELECT COUNT(*) FROM account WHERE email = ?", u.email()) > 0) return "an account with this email address already exists";
        Role role = firstIsAdmin && count("SELECT COUNT(*) FROM account") == 0 ? Role.ADMIN : u.role();
        update(connection, "INSERT INTO account (id, email, password_hash, role, member_until, created) VALUES (?, ?, ?, ?, ?, ?)",
            u.id(), u.email(), u.passwordHash(), role.id(), text(u.memberUntil()), text(u.created()));
        if (u.invitation() != null
            && update(connection, "UPDATE invitation SET used_by = ?, used = ? WHERE code = ? AND used IS NULL", u.id(), text(u.created()), u.invitation()) != 1) {
          connection.rollback();
          return "this invitation code is unknown or already used";
        }
        return null;
      });
    } catch (SQLException e) {
      if (isUniqueViolation(e)) throw new AccountException("an account with this email address already exists");
      throw failure("add the account " + u.email(), e);
    }
    if (refusal != null) throw new AccountException(refusal);
    return user(u.id()).orElseThrow(() -> new StoreException("the account " + u.email() + " vanished as it was added"));
  }

  @Override
  public synchronized Optional<User> user(String id) throws StoreException {
    return first(query("read account " + id, "SELECT " + USER_COLUMNS + " FROM account WHERE id = ?", JdbcUserStore::user, id));
  }

  @Override
  public synchronized Optional<User> userByEmail(String email) throws StoreException {
    return first(query("read account " + email, "SELECT " + USER_COLUMNS + " FROM account WHERE email = ?", JdbcUserStore::user, email));
  }

  @Override
  public synchronized List<User> users() throws StoreException {
    return query("list the accounts", "SELECT " + USER_COLUMNS + " FROM account ORDER BY created, email", JdbcUserStore::user);
  }

  @Override
  public synchronized int userCount() throws StoreException {
    return countOrFail("count the accounts", "SELECT COUNT(*) FROM account");
  }

  @Override
  public synchronized int adminCount() throws StoreException {
    return countOrFail("count the admins", "SELECT COUNT(*) FROM account WHERE role = ?", Role.ADMIN.id());
  }

  @Override
  public synchronized Optional<String> passwordHash(String userId) throws StoreException {
    return first(query("read a password hash", "SELECT password_hash FROM account WHERE id = ?", rs -> rs.getString(1), userId));
  }

  @Override
  public synchronized boolean setPasswordHash(String userId, String hash) throws StoreException {
    return change("change a password", "UPDATE account SET password_hash = ? WHERE id = ?", hash, userId) == 1;
  }

  @Override
  public synchronized boolean setRole(String userId, Role role, Instant memberUntil) throws StoreException {
    return change("change the role of " + userId, "UPDATE account SET role = ?, member_until = ? WHERE id = ?", role.id(), text(memberUntil), userId) == 1;
  }

  @Override
  public synchronized boolean remove(String userId) throws StoreException {
    try {
      return Databases.inTransaction(connection, () -> {
        // the foreign keys cascade too; said here so it holds whatever a database does with them
        update(connection, "DELETE FROM account_session WHERE account_id = ?", userId);
        update(connection, "DELETE FROM account_token WHERE account_id = ?", userId);
        update(connection, "DELETE FROM password_reset WHERE account_id = ?", userId);
        update(connection, "UPDATE invitation SET used_by = NULL WHERE used_by = ?", userId);
        update(connection, "UPDATE invitation SET created_by = NULL WHERE created_by = ?", userId);
        return update(connection, "DELETE FROM account WHERE id = ?", userId) == 1;
      });
    } catch (SQLException e) {
      throw failure("remove account " + userId, e);
    }
  }

  @Override
  public synchronized void addSession(String idHash, String userId, Instant created, Instant expires) throws StoreException {
    change("add a session", "INSERT INTO account_session (id_hash, account_id, created, expires) VALUES (?, ?, ?, ?)", idHash, userId, text(created), text(expires));
  }

  @Override
  public synchronized Optional<StoredSession> session(String idHash) throws StoreException {
    return first(query("read a session", "SELECT account_id, created, expires FROM account_session WHERE id_hash = ?",
        rs -> new StoredSession(rs.getString(1), instant(rs.getString(2)), instant(rs.getString(3))), idHash));
  }

  @Override
  public synchronized boolean removeSession(String idHash) throws StoreException {
    return change("end a session", "DELETE FROM account_session WHERE id_hash = ?", idHash) == 1;
  }

  @Override
  public synchronized int removeSessions(String userId, String keepHash) throws StoreException {
    return keepHash == null
        ? change("end sessions", "DELETE FROM account_session WHERE account_id = ?", userId)
        : change("end sessions", "DELETE FROM account_session WHERE account_id = ? AND id_hash <> ?", userId, keepHash);
  }

  @Override
  public synchronized int sessionCount(String userId, Instant now) throws StoreException {
    return countOrFail("count sessions", "SELECT COUNT(*) FROM account_session WHERE account_id = ? AND expires > ?", userId, text(now));
  }

  @Override
  public synchronized void removeExpired(Instant now) throws StoreException {
    change("forget ended sessions", "DELETE FROM account_session WHERE expires <= ?", text(now));
    change("forget ended resets", "DELETE FROM password_reset WHERE expires <= ?", text(now));
  }

  @Override
  public synchronized void addToken(ScriptToken t, String tokenHash) throws StoreException {
    change("add a token", "INSERT INTO account_token (id, account_id, name, token_hash, created, last_used) VALUES (?, ?, ?, ?, ?, ?)",
        t.id(), t.userId(), t.name(), tokenHash, text(t.created()), text(t.lastUsed()));
  }

  @Override
  public synchronized Optional<ScriptToken> tokenByHash(String tokenHash) throws StoreException {
    return first(query("read a token", "SELECT id, account_id, name, created, last_used FROM account_token WHERE token_hash = ?", JdbcUserStore::token, tokenHash));
  }

  @Override
  public synchronized List<ScriptToken> tokens(String userId) throws StoreException {
    return query("list tokens", "SELECT id, account_id, name, created, last_used FROM account_token WHERE account_id = ? ORDER BY created, id", JdbcUserStore::token, userId);
  }

  @Override
  public synchronized boolean removeToken(String userId, String tokenId) throws StoreException {
    return change("revoke a token", "DELETE FROM account_token WHERE id = ? AND account_id = ?", tokenId, userId) == 1;
  }

  @Override
  public synchronized void touchToken(String tokenId, Instant used) throws StoreException {
    change("note a token's use", "UPDATE account_token SET last_used = ? WHERE id = ?", text(used), tokenId);
  }

  @Override
  public synchronized void addReset(String tokenHash, String userId, Instant expires) throws StoreException {
    change("add a reset link", "INSERT INTO password_reset (token_hash, account_id, expires) VALUES (?, ?, ?)", tokenHash, userId, text(expires));
  }

  @Override
  public synchronized Optional<String> takeReset(String tokenHash, Instant now) throws StoreException {
    try {
      return Databases.inTransaction(connection, () -> {
        Optional<String[]> row = Optional.empty();
        try (PreparedStatement ps = prepare(connection, "SELECT account_id, expires FROM password_reset WHERE token_hash = ?", tokenHash);
            ResultSet rs = ps.executeQuery()) {
          if (rs.next()) row = Optional.of(new String[] {rs.getString(1), rs.getString(2)});
        }
        update(connection, "DELETE FROM password_reset WHERE token_hash = ?", tokenHash);
        return row.filter(r -> now.isBefore(instant(r[1]))).map(r -> r[0]);
      });
    } catch (SQLException e) {
      throw failure("use a reset link", e);
    }
  }

  @Override
  public synchronized void addInvitation(Invitation i) throws StoreException {
    change("add an invitation", "INSERT INTO invitation (" + INVITATION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
        i.code(), i.member() ? 1 : 0, i.memberDays(), text(i.created()), i.createdBy(), i.usedBy(), text(i.used()));
  }

  @Override
  public synchronized Optional<Invitation> invitation(String code) throws StoreException {
    return first(query("read an invitation", "SELECT " + INVITATION_COLUMNS + " FROM invitation WHERE code = ?", JdbcUserStore::invitation, code));
  }

  @Override
  public synchronized List<Invitation> invitations() throws StoreException {
    return query("list invitations", "SELECT " + INVITATION_COLUMNS + " FROM invitation ORDER BY created DESC, code", JdbcUserStore::invitation);
  }

  @Override
  public synchronized Optional<String> setting(String name) throws StoreException {
    return first(query("read setting " + name, "SELECT value FROM account_setting WHERE name = ?", rs -> rs.getString(1), name));
  }

  @Override
  public synchronized void setSetting(String name, String value) throws StoreException {
    try {
      Databases.inTransaction(connection, () -> {
        update(connection, "DELETE FROM account_setting WHERE name = ?", name);
        return update(connection, "INSERT INTO account_setting (name, value) VALUES (?, ?)", name, value);
      });
    } catch (SQLException e) {
      throw failure("save setting " + name, e);
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

  private static User user(ResultSet rs) throws SQLException {
    return new User(rs.getString(1), rs.getString(2), Role.of(rs.getString(3)), instant(rs.getString(4)), instant(rs.getString(5)));
  }

  private static ScriptToken token(ResultSet rs) throws SQLException {
    return new ScriptToken(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getString(4)), instant(rs.getString(5)));
  }

  private static Invitation invitation(ResultSet rs) throws SQLException {
    int days = rs.getInt(3);
    Integer memberDays = rs.wasNull() ? null : days;
    return new Invitation(rs.getString(1), rs.getInt(2) == 1, memberDays, instant(rs.getString(4)), rs.getString(5), rs.getString(6), instant(rs.getString(7)));
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

  private static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private int count(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(connection, sql, args);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private int countOrFail(String what, String sql, Object... args) throws StoreException {
    try {
      return count(sql, args);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private int change(String what, String sql, Object... args) throws StoreException {
    try {
      return update(connection, sql, args);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** A unique or primary key refused the row (PostgreSQL's SQLSTATE 23505, SQLite's constraint error). */
  private static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState()) || (e.getMessage() != null && e.getMessage().contains("UNIQUE constraint failed"));
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
  }
}

package dev.parallax.accounts;

import dev.parallax.store.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where accounts and what hangs off them are kept. Rows only: the rules (who becomes admin, trials,
 * hashing) are {@link Accounts}'. Secrets arrive here already hashed.
 */
public interface UserStore extends AutoCloseable {

  /** A new account's row; {@code invitation} is the code it signs up with, or null. */
  record NewUser(String id, String email, String passwordHash, Role role, Instant memberUntil, Instant created, String invitation) {}

  /** A session's row: whose, and until when. */
  record StoredSession(String userId, Instant created, Instant expires) {}

  /**
   * Adds an account in one transaction: when {@code firstIsAdmin} and there is no account yet it becomes an
   * admin whatever role was asked; the invitation, if any, is marked used by it.
   *
   * @throws AccountException when the email is taken or the invitation is unknown or used
   */
  User add(NewUser user, boolean firstIsAdmin) throws StoreException, AccountException;

  Optional<User> user(String id) throws StoreException;

  Optional<User> userByEmail(String normalisedEmail) throws StoreException;

  /** Every account, oldest first. */
  List<User> users() throws StoreException;

  int userCount() throws StoreException;

  int adminCount() throws StoreException;

  Optional<String> passwordHash(String userId) throws StoreException;

  boolean setPasswordHash(String userId, String hash) throws StoreException;

  boolean setRole(String userId, Role role, Instant memberUntil) throws StoreException;

  /** Removes the account and everything personal it holds: sessions, tokens, resets; invitations forget it. */
  boolean remove(String userId) throws StoreException;

  void addSession(String idHash, String userId, Instant created, Instant expires) throws StoreException;

  Optional<StoredSession> session(String idHash) throws StoreException;

  boolean removeSession(String idHash) throws StoreException;

  /** Removes the account's sessions but the one {@code keepHash} (null: all); returns how many. */
  int removeSessions(String userId, String keepHash) throws StoreException;

  int sessionCount(String userId, Instant now) throws StoreException;

  /** Forgets sessions and resets that ended before {@code now}. */
  void removeExpired(Instant now) throws StoreException;

  void addToken(ScriptToken token, String tokenHash) throws StoreException;

  Optional<ScriptToken> tokenByHash(String tokenHash) throws StoreException;

  List<ScriptToken> tokens(String userId) throws StoreException;

  /** Removes the token only if it is {@code userId}'s. */
  boolean removeToken(String userId, String tokenId) throws StoreException;

  void touchToken(String tokenId, Instant used) throws StoreException;

  void addReset(String tokenHash, String userId, Instant expires) throws StoreException;

  /** The account a reset link was made for, consuming the link; empty when unknown, used or expired. */
  Optional<String> takeReset(String tokenHash, Instant now) throws StoreException;

  void addInvitation(Invitation invitation) throws StoreException;

  Optional<Invitation> invitation(String code) throws StoreException;

  /** Every invitation, newest first. */
  List<Invitation> invitations() throws StoreException;

  Optional<String> setting(String name) throws StoreException;

  void setSetting(String name, String value) throws StoreException;

  @Override
  void close() throws StoreException;
}

package dev.parallax.accounts;

import dev.parallax.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules about people, over a {@link UserStore}: passwords hashed with Argon2id, the first account is an
 * admin, sign-up open or by invitation or closed with an optional trial, sessions and tokens as random
 * 256-bit secrets kept only as hashes, reset links that last an hour and are used once. Used by the web
 * server and the CLI alike; says nothing about HTTP.
 */
public final class Accounts implements AutoCloseable {

  /** How long a session lasts after sign-in. */
  public static final Duration SESSION_LIFETIME = Duration.ofDays(30);

  public static final Duration RESET_LIFETIME = Duration.ofHours(1);

  static final String SIGNUP = "signup";
  static final String TRIAL_DAYS = "trial_days";
  private static final int MAX_DAYS = 36_500;

  /** A session just opened: the cookie value (shown once, never stored) and when it ends. */
  public record NewSession(String secret, User user, Instant expires) {}

  /** A token just made: the value to give the script (shown once) and its record. */
  public record NewToken(String secret, ScriptToken token) {}

  /** How sign-up works on the web, as the admin set it. */
  public record Settings(SignupMode signup, int trialDays) {
    public Settings {
      Objects.requireNonNull(signup, "signup");
      if (trialDays < 0 || trialDays > MAX_DAYS) throw new IllegalArgumentException("trial days must be 0.." + MAX_DAYS + ", was " + trialDays);
    }
  }

  private final UserStore store;
  private final InstantSource clock;

  public Accounts(UserStore store, InstantSource clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public UserStore store() {
    return store;
  }

  public Instant now() {
    return clock.instant();
  }

  // --- sign-up and sign-in

  /**
   * Signs up on the web, as the settings allow: the invitation code is required when sign-up is by
   * invitation, and always honoured when given. The first account of an installation is an admin.
   */
  public User signUp(String email, String password, String invitationCode) throws StoreException, AccountException {
    Settings s = settings();
    String code = invitationCode == null || invitationCode.isBlank() ? null : invitationCode.strip();
    boolean first = store.userCount() == 0;
    if (!first && code == null && s.signup() != SignupMode.OPEN)
      throw new AccountException(s.signup() == SignupMode.INVITE ? "an invitation code is needed to sign up here" : "sign-up is closed here; ask an admin for an account");
    Instant now = now();
    Role role = Role.READER;
    Instant until = null;
    if (code != null) {
      Invitation inv = store.invitation(code).filter(i -> !i.isUsed()).orElseThrow(() -> new AccountException("this invitation code is unknown or already used"));
      if (inv.member()) {
        role = Role.MEMBER;
        until = inv.memberDays() == null ? null : now.plus(Duration.ofDays(inv.memberDays()));
      }
    }
    if (role == Role.READER && s.trialDays() > 0) {
      role = Role.MEMBER;
      until = now.plus(Duration.ofDays(s.trialDays()));
    }
    return add(email, password, role, until, code);
  }

  /** Adds an account directly (an admin, the CLI): no sign-up mode, no trial. */
  public User add(String email, String password, Role role, Instant memberUntil) throws StoreException, AccountException {
    return add(email, password, role, memberUntil, null);
  }

  private User add(String email, String password, Role role, Instant memberUntil, String code) throws StoreException, AccountException {
    String normalised = checkedEmail(email);
    checkedPassword(password);
    return store.add(new UserStore.NewUser(Secrets.random(16), normalised, Passwords.hash(password), role, memberUntil, now(), code), true);
  }

  /**
   * The account if the password is right; empty both for an unknown address and a wrong password, which
   * take the same time (a dummy hash is checked for the unknown one).
   */
  public Optional<User> authenticate(String email, String password) throws StoreException {
    String normalised;
    try {
      normalised = Emails.normalise(email);
    } catch (IllegalArgumentException e) {
      Passwords.verify(password == null ? "" : password, null);
      return Optional.empty();
    }
    Optional<User> user = store.userByEmail(normalised);
    String hash = user.isEmpty() ? null : store.passwordHash(user.get().id()).orElse(null);
    boolean ok = Passwords.verify(password == null ? "" : password, hash);
    return ok ? user : Optional.empty();
  }

  // --- sessions

  /** Opens a new session for the account (a new secret every time: the id changes at sign-in). */
  public NewSession openSession(User user) throws StoreException {
    String secret = Secrets.random(32);
    Instant now = now();
    Instant expires = now.plus(SESSION_LIFETIME);
    store.addSession(Secrets.hash(secret), user.id(), now, expires);
    return new NewSession(secret, user, expires);
  }

  /** The account a session cookie belongs to, if the session exists and has not ended. */
  public Optional<User> sessionUser(String secret) throws StoreException {
    if (secret == null || secret.isBlank() || secret.length() > 100) return Optional.empty();
    Optional<UserStore.StoredSession> s = store.session(Secrets.hash(secret));
    if (s.isEmpty()) return Optional.empty();
    if (!now().isBefore(s.get().expires())) {
      store.removeSession(Secrets.hash(secret));
      return Optional.empty();
    }
    return store.user(s.get().userId());
  }

  public void closeSession(String secret) throws StoreException {
    if (secret != null) store.removeSession(Secrets.hash(secret));
  }

  /** Ends every session of the account but the one given (null: all); returns how many ended. */
  public int closeOtherSessions(String userId, String keepSecret) throws StoreException {
    return store.removeSessions(userId, keepSecret == null ? null : Secrets.hash(keepSecret));
  }

  // --- script tokens

  public NewToken createToken(String userId, String name) throws StoreException {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) n = "script";
    if (n.length() > 100) throw new IllegalArgumentException("a token's name must be at most 100 characters");
    String secret = "pxt_" + Secrets.random(32);
    ScriptToken t = new ScriptToken(Secrets.random(9), userId, n, now(), null);
    store.addToken(t, Secrets.hash(secret));
    return new NewToken(secret, t);
  }

  /** The account a script token acts for, noting its use. */
  public Optional<User> tokenUser(String secret) throws StoreException {
    if (secret == null || secret.isBlank() || secret.length() > 100) return Optional.empty();
    Optional<ScriptToken> t = store.tokenByHash(Secrets.hash(secret.strip()));
    if (t.isEmpty()) return Optional.empty();
    store.touchToken(t.get().id(), now());
    return store.user(t.get().userId());
  }

  // --- passwords

  /** Changes the password after checking the current one; ends the account's other sessions. */
  public void changePassword(String userId, String current, String replacement, String keepSession) throws StoreException, AccountException {
    String hash = store.passwordHash(userId).orElseThrow(() -> new AccountException("no such account"));
    if (!Passwords.verify(current == null ? "" : current, hash)) throw new AccountException("the current password is not right");
    setPassword(userId, replacement);
    closeOtherSessions(userId, keepSession);
  }

  /**
   * A reset link's secret for the account with this address, or empty when there is none; the caller
   * answers the same either way.
   */
  public Optional<String> startReset(String email) throws StoreException {
    String normalised;
    try {
      normalised = Emails.normalise(email);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Optional<User> user = store.userByEmail(normalised);
    if (user.isEmpty()) return Optional.empty();
    String secret = Secrets.random(32);
    store.removeExpired(now());
    store.addReset(Secrets.hash(secret), user.get().id(), now().plus(RESET_LIFETIME));
    return Optional.of(secret);
  }

  /** Sets a new password from a reset link (used once) and ends every session of the account. */
  public User finishReset(String secret, String replacement) throws StoreException, AccountException {
    checkedPassword(replacement);
    if (secret == null || secret.isBlank() || secret.length() > 100) throw new AccountException("this reset link is not valid or has expired");
    String userId = store.takeReset(Secrets.hash(secret.strip()), now()).orElseThrow(() -> new AccountException("this reset link is not valid or has expired"));
    setPassword(userId, replacement);
    store.removeSessions(userId, null);
    return store.user(userId).orElseThrow(() -> new AccountException("this reset link is not valid or has expired"));
  }

  public void setPassword(String userId, String password) throws StoreException, AccountException {
    checkedPassword(password);
    if (!store.setPasswordHash(userId, Passwords.hash(password))) throw new AccountException("no such account");
  }

  // --- roles and removal

  /** Makes the account a member, for {@code days} days or (null) without end; an admin stays admin. */
  public User grantMembership(String userId, Integer days) throws StoreException, AccountException {
    User u = existing(userId);
    if (days != null && (days < 1 || days > MAX_DAYS)) throw new AccountException("membership days must be 1.." + MAX_DAYS + ", was " + days);
    Instant until = days == null ? null : now().plus(Duration.ofDays(days));
    store.setRole(userId, u.role() == Role.ADMIN ? Role.ADMIN : Role.MEMBER, until);
    return existing(userId);
  }

  /** Makes the account a reader (an admin too, unless it is the last one). */
  public User revokeMembership(String userId) throws StoreException, AccountException {
    User u = existing(userId);
    if (u.role() == Role.ADMIN) requireAnotherAdmin();
    store.setRole(userId, Role.READER, null);
    return existing(userId);
  }

  public User makeAdmin(String userId) throws StoreException, AccountException {
    existing(userId);
    store.setRole(userId, Role.ADMIN, null);
    return existing(userId);
  }

  /** Deletes the account and everything personal it holds; the last admin cannot go. */
  public void remove(String userId) throws StoreException, AccountException {
    User u = existing(userId);
    if (u.role() == Role.ADMIN) requireAnotherAdmin();
    store.remove(userId);
  }

  /** Deletes one's own account after checking the password. */
  public void removeSelf(String userId, String password) throws StoreException, AccountException {
    String hash = store.passwordHash(userId).orElseThrow(() -> new AccountException("no such account"));
    if (!Passwords.verify(password == null ? "" : password, hash)) throw new AccountException("the password is not right");
    remove(userId);
  }

  public Optional<User> user(String id) throws StoreException {
    return id == null ? Optional.empty() : store.user(id);
  }

  public Optional<User> userByEmail(String email) throws StoreException {
    try {
      return store.userByEmail(Emails.normalise(email));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public List<User> users() throws StoreException {
    return store.users();
  }

  public boolean empty() throws StoreException {
    return store.userCount() == 0;
  }

  // --- invitations and settings

  public Invitation invite(boolean member, Integer memberDays, String createdBy) throws StoreException {
    if (memberDays != null && (memberDays < 1 || memberDays > MAX_DAYS)) throw new IllegalArgumentException("membership days must be 1.." + MAX_DAYS + ", was " + memberDays);
    Invitation i = new Invitation(Secrets.random(12), member || memberDays != null, memberDays, now(), createdBy, null, null);
    store.addInvitation(i);
    return i;
  }

  public List<Invitation> invitations() throws StoreException {
    return store.invitations();
  }

  /** The sign-up settings; on a fresh installation sign-up is open, with no trial. */
  public Settings settings() throws StoreException {
    SignupMode mode = store.setting(SIGNUP).map(SignupMode::of).orElse(SignupMode.OPEN);
    int trial = store.setting(TRIAL_DAYS).map(Integer::parseInt).orElse(0);
    return new Settings(mode, trial);
  }

  public void saveSettings(Settings s) throws StoreException {
    store.setSetting(SIGNUP, s.signup().id());
    store.setSetting(TRIAL_DAYS, Integer.toString(s.trialDays()));
  }

  @Override
  public void close() throws StoreException {
    store.close();
  }

  private User existing(String userId) throws StoreException, AccountException {
    return user(userId).orElseThrow(() -> new AccountException("no such account"));
  }

  private void requireAnotherAdmin() throws StoreException, AccountException {
    if (store.adminCount() <= 1) throw new AccountException("this is the last admin: make another admin first");
  }

  private static String checkedEmail(String email) throws AccountException {
    try {
      return Emails.normalise(email);
    } catch (IllegalArgumentException e) {
      throw new AccountException(e.getMessage());
    }
  }

  private static void checkedPassword(String password) throws AccountException {
    try {
      Passwords.check(password);
    } catch (IllegalArgumentException e) {
      throw new AccountException(e.getMessage());
    }
  }
}

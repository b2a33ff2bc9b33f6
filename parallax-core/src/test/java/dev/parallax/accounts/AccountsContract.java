package dev.parallax.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What accounts must do on every database: the same tests on SQLite and on a real PostgreSQL. */
abstract class AccountsContract {

  static final String PASSWORD = "correct horse battery";

  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-10T12:00:00Z"));
  final InstantSource clock = () -> now.get();
  UserStore store;
  Accounts accounts;

  /** A fresh, empty store. */
  abstract UserStore open() throws Exception;

  /** The same database opened again, as after a restart. */
  abstract UserStore reopen() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    store = open();
    accounts = new Accounts(store, clock);
  }

  @AfterEach
  void tearDown() throws Exception {
    accounts.close();
  }

  private void advance(Duration d) {
    now.set(now.get().plus(d));
  }

  @Test
  void firstAccountIsAnAdminAndTheNextAReader() throws Exception {
    User first = accounts.signUp("Ann@Example.org ", PASSWORD, null);
    User second = accounts.signUp("bob@example.org", PASSWORD, null);
    assertThat(first.role()).isEqualTo(Role.ADMIN);
    assertThat(first.email()).isEqualTo("ann@example.org");
    assertThat(second.role()).isEqualTo(Role.READER);
    assertThat(accounts.users()).extracting(User::email).containsExactly("ann@example.org", "bob@example.org");
  }

  @Test
  void emailsAreUniqueWhateverTheirCase() throws Exception {
    accounts.signUp("ann@example.org", PASSWORD, null);
    assertThatThrownBy(() -> accounts.signUp("ANN@example.org", PASSWORD, null)).isInstanceOf(AccountException.class).hasMessageContaining("already exists");
    assertThatThrownBy(() -> accounts.signUp("not-an-address", PASSWORD, null)).isInstanceOf(AccountException.class).hasMessageContaining("not an email");
    assertThatThrownBy(() -> accounts.signUp("c@example.org", "short", null)).isInstanceOf(AccountException.class).hasMessageContaining("at least");
    assertThat(store.userCount()).isEqualTo(1);
  }

  @Test
  void passwordsAreStoredAsArgon2idAndChecked() throws Exception {
    User u = accounts.signUp("ann@example.org", PASSWORD, null);
    assertThat(store.passwordHash(u.id()).orElseThrow()).startsWith("$argon2id$").doesNotContain(PASSWORD);
    assertThat(accounts.authenticate("ANN@example.org", PASSWORD)).contains(u);
    assertThat(accounts.authenticate("ann@example.org", PASSWORD + "x")).isEmpty();
    assertThat(accounts.authenticate("nobody@example.org", PASSWORD)).isEmpty();
    assertThat(accounts.authenticate("garbage", PASSWORD)).isEmpty();
  }

  @Test
  void sessionsSurviveARestartAndEndWhenRevokedOrExpired() throws Exception {
    User u = accounts.signUp("ann@example.org", PASSWORD, null);
    Accounts.NewSession a = accounts.openSession(u);
    Accounts.NewSession b = accounts.openSession(u);
    assertThat(a.secret()).isNotEqualTo(b.secret()).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
    assertThat(store.session(a.secret())).as("only the hash is stored").isEmpty();
    accounts.close();
    store = reopen();
    accounts = new Accounts(store, clock);
    assertThat(accounts.sessionUser(a.secret())).contains(u);
    accounts.closeSession(a.secret());
    assertThat(accounts.sessionUser(a.secret())).isEmpty();
    assertThat(accounts.sessionUser(b.secret())).contains(u);
    advance(Accounts.SESSION_LIFETIME.plusSeconds(1));
    assertThat(accounts.sessionUser(b.secret())).isEmpty();
    assertThat(accounts.sessionUser("made-up")).isEmpty();
  }

  @Test
  void closingOtherSessionsKeepsTheCurrentOne() throws Exception {
    User u = accounts.signUp("ann@example.org", PASSWORD, null);
    Accounts.NewSession here = accounts.openSession(u);
    Accounts.NewSession there = accounts.openSession(u);
    assertThat(accounts.closeOtherSessions(u.id(), here.secret())).isEqualTo(1);
    assertThat(accounts.sessionUser(here.secret())).contains(u);
    assertThat(accounts.sessionUser(there.secret())).isEmpty();
  }

  @Test
  void signUpFollowsTheModeAndInvitationsAreUsedOnce() throws Exception {
    User admin = accounts.signUp("admin@example.org", PASSWORD, null);
    accounts.saveSettings(new Accounts.Settings(SignupMode.INVITE, 0));
    assertThatThrownBy(() -> accounts.signUp("ann@example.org", PASSWORD, null)).hasMessageContaining("invitation code is needed");
    Invitation inv = accounts.invite(true, 30, admin.id());
    assertThatThrownBy(() -> accounts.signUp("ann@example.org", PASSWORD, "wrong")).hasMessageContaining("unknown or already used");
    User ann = accounts.signUp("ann@example.org", PASSWORD, inv.code());
    assertThat(ann.role()).isEqualTo(Role.MEMBER);
    assertThat(ann.memberUntil()).isEqualTo(now.get().plus(Duration.ofDays(30)));
    assertThatThrownBy(() -> accounts.signUp("bob@example.org", PASSWORD, inv.code())).hasMessageContaining("unknown or already used");
    assertThat(accounts.invitations()).singleElement().satisfies(i -> {
      assertThat(i.usedBy()).isEqualTo(ann.id());
      assertThat(i.createdBy()).isEqualTo(admin.id());
    });
    accounts.saveSettings(new Accounts.Settings(SignupMode.CLOSED, 0));
    assertThatThrownBy(() -> accounts.signUp("bob@example.org", PASSWORD, null)).hasMessageContaining("closed");
    assertThat(accounts.settings()).isEqualTo(new Accounts.Settings(SignupMode.CLOSED, 0));
  }

  @Test
  void aTrialMakesNewAccountsMembersForItsDays() throws Exception {
    accounts.signUp("admin@example.org", PASSWORD, null);
    accounts.saveSettings(new Accounts.Settings(SignupMode.OPEN, 14));
    User ann = accounts.signUp("ann@example.org", PASSWORD, null);
    assertThat(ann.role()).isEqualTo(Role.MEMBER);
    assertThat(ann.readsMembersOnly(now.get())).isTrue();
    advance(Duration.ofDays(15));
    assertThat(accounts.user(ann.id()).orElseThrow().readsMembersOnly(now.get())).isFalse();
  }

  @Test
  void rolesChangeButTheLastAdminStays() throws Exception {
    User admin = accounts.signUp("admin@example.org", PASSWORD, null);
    User ann = accounts.signUp("ann@example.org", PASSWORD, null);
    assertThat(accounts.grantMembership(ann.id(), 7).memberUntil()).isEqualTo(now.get().plus(Duration.ofDays(7)));
    assertThat(accounts.grantMembership(ann.id(), null).memberUntil()).isNull();
    assertThat(accounts.revokeMembership(ann.id()).role()).isEqualTo(Role.READER);
    assertThatThrownBy(() -> accounts.revokeMembership(admin.id())).hasMessageContaining("last admin");
    assertThatThrownBy(() -> accounts.remove(admin.id())).hasMessageContaining("last admin");
    assertThat(accounts.makeAdmin(ann.id()).role()).isEqualTo(Role.ADMIN);
    assertThat(accounts.revokeMembership(admin.id()).role()).isEqualTo(Role.READER);
  }

  @Test
  void scriptTokensActForTheirAccountUntilRevokedByIt() throws Exception {
    accounts.signUp("admin@example.org", PASSWORD, null);
    User ann = accounts.signUp("ann@example.org", PASSWORD, null);
    User bob = accounts.signUp("bob@example.org", PASSWORD, null);
    Accounts.NewToken t = accounts.createToken(ann.id(), "picks script");
    assertThat(accounts.tokenUser(t.secret())).contains(ann);
    assertThat(store.tokens(ann.id())).singleElement().satisfies(s -> assertThat(s.lastUsed()).isEqualTo(now.get()));
    assertThat(store.removeToken(bob.id(), t.token().id())).as("another account cannot revoke it").isFalse();
    assertThat(accounts.tokenUser(t.secret())).contains(ann);
    assertThat(store.removeToken(ann.id(), t.token().id())).isTrue();
    assertThat(accounts.tokenUser(t.secret())).isEmpty();
  }

  @Test
  void resetLinksWorkOnceAndExpireAndEndSessions() throws Exception {
    User ann = accounts.signUp("ann@example.org", PASSWORD, null);
    Accounts.NewSession s = accounts.openSession(ann);
    assertThat(accounts.startReset("nobody@example.org")).isEmpty();
    String link = accounts.startReset("ANN@example.org").orElseThrow();
    accounts.finishReset(link, "a brand new password");
    assertThat(accounts.authenticate("ann@example.org", "a brand new password")).contains(ann);
    assertThat(accounts.sessionUser(s.secret())).isEmpty();
    assertThatThrownBy(() -> accounts.finishReset(link, "yet another password")).hasMessageContaining("not valid");
    String late = accounts.startReset("ann@example.org").orElseThrow();
    advance(Accounts.RESET_LIFETIME.plusSeconds(1));
    assertThatThrownBy(() -> accounts.finishReset(late, "yet another password")).hasMessageContaining("not valid");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() throws Exception {
    User ann = accounts.signUp("ann@example.org", PASSWORD, null);
    assertThatThrownBy(() -> accounts.changePassword(ann.id(), "wrong password", "another password", null)).hasMessageContaining("not right");
    accounts.changePassword(ann.id(), PASSWORD, "another password", null);
    assertThat(accounts.authenticate("ann@example.org", "another password")).contains(ann);
  }

  @Test
  void deletingAnAccountDeletesEverythingPersonal() throws Exception {
    User admin = accounts.signUp("admin@example.org", PASSWORD, null);
    Invitation inv = accounts.invite(false, null, admin.id());
    User ann = accounts.signUp("ann@example.org", PASSWORD, inv.code());
    Accounts.NewSession s = accounts.openSession(ann);
    Accounts.NewToken t = accounts.createToken(ann.id(), "mine");
    accounts.startReset("ann@example.org");
    assertThatThrownBy(() -> accounts.removeSelf(ann.id(), "wrong password")).hasMessageContaining("not right");
    accounts.removeSelf(ann.id(), PASSWORD);
    assertThat(accounts.user(ann.id())).isEmpty();
    assertThat(accounts.sessionUser(s.secret())).isEmpty();
    assertThat(accounts.tokenUser(t.secret())).isEmpty();
    assertThat(store.tokens(ann.id())).isEmpty();
    assertThat(store.sessionCount(ann.id(), now.get())).isZero();
    assertThat(accounts.invitations()).singleElement().satisfies(i -> {
      assertThat(i.usedBy()).isNull();
      assertThat(i.isUsed()).isTrue();
    });
    assertThat(accounts.authenticate("ann@example.org", PASSWORD)).isEmpty();
    // the address is free again
    assertThat(accounts.signUp("ann@example.org", PASSWORD, null).id()).isNotEqualTo(ann.id());
  }
}

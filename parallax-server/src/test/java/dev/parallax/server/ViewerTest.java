package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.server.Viewer.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ViewerTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void onlyCurrentMembersAndAdminsReadMembersOnlyTitles() {
    assertThat(Viewer.ANONYMOUS.readsMembersOnly(NOW)).isFalse();
    assertThat(new Viewer("u1", "r@example.org", Role.READER, null).readsMembersOnly(NOW)).isFalse();
    assertThat(new Viewer("u2", "m@example.org", Role.MEMBER, null).readsMembersOnly(NOW)).isTrue();
    assertThat(new Viewer("u3", "a@example.org", Role.ADMIN, null).readsMembersOnly(NOW)).isTrue();
    // an admin's end date means nothing: only members' memberships end
    assertThat(new Viewer("u3", "a@example.org", Role.ADMIN, NOW.minusSeconds(1)).readsMembersOnly(NOW)).isTrue();
    // a reader with an end date is still a reader
    assertThat(new Viewer("u1", "r@example.org", Role.READER, NOW.plusSeconds(3600)).readsMembersOnly(NOW)).isFalse();
  }

  @Test
  void aTrialReadsUntilItEndsAndNotAfter() {
    Viewer trial = new Viewer("u4", "t@example.org", Role.MEMBER, NOW.plusSeconds(60));
    assertThat(trial.readsMembersOnly(NOW)).isTrue();
    assertThat(trial.readsMembersOnly(NOW.plusSeconds(60))).isFalse(); // ends at the instant given
    Viewer expired = new Viewer("u5", "e@example.org", Role.MEMBER, NOW.minusSeconds(1));
    assertThat(expired.readsMembersOnly(NOW)).isFalse();
  }

  @Test
  void anAccountNeedsARoleAndOnlyAnonymousHasNone() {
    assertThatThrownBy(() -> new Viewer("u1", null, null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Viewer(null, null, Role.MEMBER, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Viewer("u1", null, Role.ANONYMOUS, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Viewer.ANONYMOUS.signedIn()).isFalse();
  }
}

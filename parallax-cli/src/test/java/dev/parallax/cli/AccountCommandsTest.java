package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.JdbcUserStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AccountCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ParallaxCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run withStdin(String input, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return run(args);
    } finally {
      System.setIn(before);
    }
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  @Test
  void addsAnAdminWithAGeneratedPasswordThatSignsIn() throws Exception {
    Run added = run("users", "add", "--data", data(), "--format", "json", "Admin@Example.org");
    assertThat(added.code()).as(added.err()).isZero();
    JsonNode a = JSON.readTree(added.out());
    assertThat(a.at("/user/email").asText()).isEqualTo("admin@example.org");
    assertThat(a.at("/user/role").asText()).as("the first account is an admin").isEqualTo("admin");
    assertThat(a.at("/user/readsMembersOnly").asBoolean()).isTrue();
    String password = a.get("password").asText();
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);
    try (Accounts accounts = new Accounts(JdbcUserStore.open(new DataOptionsFor(dir.resolve("data")).config()), InstantSource.system())) {
      assertThat(accounts.authenticate("admin@example.org", password)).isPresent();
    }
  }

  @Test
  void readsThePasswordFromStdinAndManagesRoles() throws Exception {
    assertThat(run("users", "add", "--data", data(), "--admin", "root@example.org").code()).isZero();
    Run member = withStdin("a password from stdin\n", "users", "add", "--data", data(), "--member", "--days", "30", "--password-stdin", "ann@example.org");
    assertThat(member.code()).as(member.err()).isZero();
    assertThat(member.out()).contains("added: ann@example.org (member until").doesNotContain("password:");
    try (Accounts accounts = new Accounts(JdbcUserStore.open(new DataOptionsFor(dir.resolve("data")).config()), InstantSource.system())) {
      assertThat(accounts.authenticate("ann@example.org", "a password from stdin")).isPresent();
    }
    assertThat(run("users", "add", "--data", data(), "ann@example.org").err()).contains("already exists");
    assertThat(run("users", "add", "--data", data(), "--days", "3", "bob@example.org").code()).isEqualTo(2);

    JsonNode revoked = JSON.readTree(run("users", "revoke", "--data", data(), "--format", "json", "ANN@example.org").out());
    assertThat(revoked.get("role").asText()).isEqualTo("reader");
    JsonNode granted = JSON.readTree(run("users", "grant", "--data", data(), "--format", "json", "ann@example.org").out());
    assertThat(granted.get("role").asText()).isEqualTo("member");
    assertThat(granted.get("memberUntil").isNull()).isTrue();
    assertThat(run("users", "grant", "--data", data(), "--admin", "ann@example.org").out()).contains("granted: ann@example.org (admin)");

    JsonNode list = JSON.readTree(run("users", "list", "--data", data(), "--format", "json").out());
    assertThat(list.get("users")).hasSize(2);
    assertThat(list.get("users").findValuesAsText("email")).containsExactly("root@example.org", "ann@example.org");
    assertThat(list.toString()).doesNotContain("argon2").doesNotContain("password");

    assertThat(run("users", "remove", "--data", data(), "nobody@example.org").err()).contains("no account with the email address nobody@example.org");
    assertThat(run("users", "remove", "--data", data(), "root@example.org").out()).contains("removed: root@example.org");
    Run last = run("users", "remove", "--data", data(), "ann@example.org");
    assertThat(last.code()).isEqualTo(1);
    assertThat(last.err()).contains("last admin");
    assertThat(run("users", "list", "--data", data()).out()).contains("ann@example.org (admin)").contains("1 account");
  }

  @Test
  void createsAndListsInvitations() throws Exception {
    JsonNode made = JSON.readTree(run("invites", "create", "--data", data(), "--days", "14", "--format", "json").out());
    assertThat(made.get("code").asText()).hasSizeGreaterThanOrEqualTo(16);
    assertThat(made.get("member").asBoolean()).isTrue();
    assertThat(made.get("memberDays").asInt()).isEqualTo(14);
    assertThat(run("invites", "create", "--data", data()).out()).startsWith("invitation: ").contains("reader, unused");
    JsonNode list = JSON.readTree(run("invites", "list", "--data", data(), "--format", "json").out());
    assertThat(list.get("invitations")).hasSize(2);
    assertThat(list.get("invitations").findValuesAsText("code")).contains(made.get("code").asText());
    assertThat(list.get("invitations").get(0).has("usedBy")).isTrue();
  }

  /** The data options as `--data DIR` sets them. */
  private static final class DataOptionsFor {
    private final DataOptions options = new DataOptions();

    DataOptionsFor(Path dir) {
      options.data = dir;
    }

    dev.parallax.app.Config config() throws java.io.IOException {
      return options.config();
    }
  }
}

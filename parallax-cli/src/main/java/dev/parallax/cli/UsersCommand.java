package dev.parallax.cli;

import dev.parallax.accounts.AccountException;
import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.JdbcUserStore;
import dev.parallax.accounts.Role;
import dev.parallax.accounts.Secrets;
import dev.parallax.accounts.User;
import dev.parallax.store.StoreException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "users",
    description = "Manage accounts: add, list, grant or revoke membership, remove. The first account is an admin.",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Grant.class, UsersCommand.Revoke.class, UsersCommand.Remove.class})
final class UsersCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** One account as the JSON output shows it (never its password hash). */
  record UserRow(String id, String email, String role, String memberUntil, boolean readsMembersOnly, String created) {
    static UserRow of(User u, Instant now) {
      return new UserRow(u.id(), u.email(), u.role().id(), Views.time(u.memberUntil()), u.readsMembersOnly(now), Views.time(u.created()));
    }
  }

  record Rows(List<UserRow> users) {}

  record Added(UserRow user, String password) {}

  static Accounts open(DataOptions data) throws StoreException, java.io.IOException {
    return new Accounts(JdbcUserStore.open(data.config()), InstantSource.system());
  }

  static String describe(User u, Instant now) {
    String role = u.role() == Role.MEMBER && u.memberUntil() != null ? "member until " + u.memberUntil() : u.role().id();
    return u.email() + " (" + role + (u.role() == Role.MEMBER && !u.readsMembersOnly(now) ? ", ended" : "") + ")";
  }

  @Command(name = "add", description = {
      "Add an account. The password is read from stdin (--password-stdin) or generated and printed once.",
      "The first account of an installation is an admin whatever is asked."})
  static final class Add implements Callable<Integer> {
    @Mixin DataOptions data;

    @Parameters(index = "0", paramLabel = "EMAIL")
    String email;

    @ArgGroup(exclusive = true)
    RoleChoice role;

    static final class RoleChoice {
      @Option(names = "--admin", description = "Make an admin (runs the installation; reads everything).")
      boolean admin;

      @Option(names = "--member", description = "Make a member (reads members-only titles).")
      boolean member;
    }

    @Option(names = "--days", paramLabel = "N", description = "With --member: membership for N days (default: no end).")
    Integer days;

    @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
    boolean passwordStdin;

    @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
    Format format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (days != null && (role == null || !role.member)) {
        err.println("parallax: --days goes with --member");
        return 2;
      }
      String password;
      boolean generated = !passwordStdin;
      if (passwordStdin) {
        password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null) {
          err.println("parallax: --password-stdin: stdin is empty");
          return 2;
        }
      } else password = Secrets.random(15);
      Role r = role == null ? Role.READER : role.admin ? Role.ADMIN : role.member ? Role.MEMBER : Role.READER;
      try (Accounts accounts = open(data)) {
        Instant until = days == null ? null : accounts.now().plus(java.time.Duration.ofDays(days));
        User u;
        try {
          u = accounts.add(email, password, r, until);
        } catch (AccountException e) {
          err.println("parallax: " + e.getMessage());
          return 1;
        }
        if (format == Format.JSON) out.println(Views.json(new Added(UserRow.of(u, accounts.now()), generated ? password : null), false));
        else {
          out.println("added: " + describe(u, accounts.now()));
          if (generated) out.println("password: " + password + "  (shown once; change it in the account page)");
        }
      }
      return 0;
    }
  }

  @Command(name = "list", description = "List the accounts with their role and membership.")
  static final class ListUsers implements Callable<Integer> {
    @Mixin DataOptions data;

    @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
    Format format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Accounts accounts = open(data)) {
        List<User> users = accounts.users();
        Instant now = accounts.now();
        if (format == Format.JSON) {
          out.println(Views.json(new Rows(users.stream().map(u -> UserRow.of(u, now)).toList()), false));
          return 0;
        }
        for (User u : users) out.println(u.id() + "  " + describe(u, now));
        out.println(users.size() + " account" + (users.size() == 1 ? "" : "s"));
      }
      return 0;
    }
  }

  /** A change to one account, found by its email address. */
  abstract static class Change implements Callable<Integer> {
    @Mixin DataOptions data;

    @Parameters(index = "0", paramLabel = "EMAIL")
    String email;

    @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
    Format format;

    @Spec CommandSpec spec;

    abstract User apply(Accounts accounts, User u) throws StoreException, AccountException;

    abstract String verb();

    @Override
    public Integer call() throws Exception {
      try (Accounts accounts = open(data)) {
        User u = accounts.userByEmail(email).orElse(null);
        if (u == null) {
          spec.commandLine().getErr().println("parallax: no account with the email address " + email);
          return 1;
        }
        User after;
        try {
          after = apply(accounts, u);
        } catch (AccountException e) {
          spec.commandLine().getErr().println("parallax: " + e.getMessage());
          return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) out.println(Views.json(after == null ? new Removed(u.email(), true) : UserRow.of(after, accounts.now()), false));
        else out.println(verb() + ": " + (after == null ? u.email() : describe(after, accounts.now())));
      }
      return 0;
    }
  }

  record Removed(String email, boolean removed) {}

  @Command(name = "grant", description = "Make an account a member (for --days N, or without end), or an admin with --admin.")
  static final class Grant extends Change {
    @Option(names = "--days", paramLabel = "N", description = "Membership for N days from now (default: no end).")
    Integer days;

    @Option(names = "--admin", description = "Make the account an admin instead.")
    boolean admin;

    @Override
    User apply(Accounts accounts, User u) throws StoreException, AccountException {
      return admin ? accounts.makeAdmin(u.id()) : accounts.grantMembership(u.id(), days);
    }

    @Override
    String verb() {
      return "granted";
    }
  }

  @Command(name = "revoke", description = "Make an account a reader: no membership, not an admin (the last admin stays).")
  static final class Revoke extends Change {
    @Override
    User apply(Accounts accounts, User u) throws StoreException, AccountException {
      return accounts.revokeMembership(u.id());
    }

    @Override
    String verb() {
      return "revoked";
    }
  }

  @Command(name = "remove", description = "Delete an account and everything personal it holds (sessions, tokens).")
  static final class Remove extends Change {
    @Override
    User apply(Accounts accounts, User u) throws StoreException, AccountException {
      accounts.remove(u.id());
      return null;
    }

    @Override
    String verb() {
      return "removed";
    }
  }
}

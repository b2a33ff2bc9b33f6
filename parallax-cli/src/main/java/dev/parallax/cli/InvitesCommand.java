package dev.parallax.cli;

import dev.parallax.accounts.Accounts;
import dev.parallax.accounts.Invitation;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "invites",
    description = "Invitation codes: each lets one person sign up (also when sign-up is by invitation or closed).",
    subcommands = {InvitesCommand.Create.class, InvitesCommand.ListInvites.class})
final class InvitesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  record InvitationRow(String code, boolean member, Integer memberDays, String created, String createdBy, String usedBy, String used) {
    static InvitationRow of(Invitation i) {
      return new InvitationRow(i.code(), i.member(), i.memberDays(), Views.time(i.created()), i.createdBy(), i.usedBy(), Views.time(i.used()));
    }
  }

  record Rows(List<InvitationRow> invitations) {}

  static String describe(Invitation i) {
    return i.code() + "  " + (i.member() ? "membership" + (i.memberDays() == null ? "" : " for " + i.memberDays() + " days") : "reader")
        + (i.isUsed() ? ", used " + i.used() : ", unused");
  }

  @Command(name = "create", description = "Make an invitation code; --member (and --days N) to grant membership with it.")
  static final class Create implements Callable<Integer> {
    @Mixin DataOptions data;

    @Option(names = "--member", description = "The account made with it is a member.")
    boolean member;

    @Option(names = "--days", paramLabel = "N", description = "Membership for N days from sign-up (implies --member; default: no end).")
    Integer days;

    @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
    Format format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (days != null && days < 1) {
        spec.commandLine().getErr().println("parallax: --days must be at least 1, not " + days);
        return 2;
      }
      try (Accounts accounts = UsersCommand.open(data)) {
        Invitation i = accounts.invite(member, days, null);
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == Format.JSON ? Views.json(InvitationRow.of(i), false) : "invitation: " + describe(i));
      }
      return 0;
    }
  }

  @Command(name = "list", description = "List the invitations, newest first, used or not.")
  static final class ListInvites implements Callable<Integer> {
    @Mixin DataOptions data;

    @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
    Format format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Accounts accounts = UsersCommand.open(data)) {
        List<Invitation> all = accounts.invitations();
        if (format == Format.JSON) out.println(Views.json(new Rows(all.stream().map(InvitationRow::of).toList()), false));
        else {
          for (Invitation i : all) out.println(describe(i));
          out.println(all.size() + " invitation" + (all.size() == 1 ? "" : "s"));
        }
      }
      return 0;
    }
  }
}

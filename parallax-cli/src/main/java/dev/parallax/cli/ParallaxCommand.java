package dev.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: lists the subcommands. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = ParallaxCommand.Version.class,
    description = "All your news in one place: ingest articles, group them into stories, brief each story.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      ArticlesCommand.class,
      ShowCommand.class,
      StoriesCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      ExtractCommand.class,
      ClusterCommand.class,
      BriefCommand.class,
      BenchCommand.class,
      SourcesCommand.class,
      FetchCommand.class,
      UsersCommand.class,
      InvitesCommand.class,
      CommandLine.HelpCommand.class
    })
final class ParallaxCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code parallax --data D COMMAND}: read by {@link DataOptions} when the command names no folder itself. */
  @CommandLine.Option(names = "--data", paramLabel = "DIR", description = DataOptions.DESCRIPTION + " Also accepted after the command.")
  Path data;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ParallaxCommand());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("parallax: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          if (System.getenv("PARALLAX_DEBUG") != null) e.printStackTrace(commandLine.getErr());
          return 1;
        });
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    addHelpOptions(cl);
    return cl;
  }

  /** Gives every subcommand, however deep, --help (and --version), as the top command has. */
  private static void addHelpOptions(CommandLine cl) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!sub.getCommandSpec().mixinStandardHelpOptions()) sub.getCommandSpec().mixinStandardHelpOptions(true);
      addHelpOptions(sub);
    }
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) p.load(in);
      }
      return new String[] {
        "parallax " + p.getProperty("version", "unknown"),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}

package dev.parallax.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point of {@code bin/parallax}. */
public final class Main {

  // Held so the level sticks: java.util.logging keeps loggers weakly.
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command and returns its exit code (0 ok, 1 failure explained on stderr, 2 bad usage). */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Like {@link #run(String...)}, writing to the given streams (used by tests). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    FLYWAY_LOG.setLevel(Level.WARNING);
    LUCENE_LOG.setLevel(Level.SEVERE); // it only says the vector incubator module is not enabled
    CommandLine cl = ParallaxCommand.commandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}

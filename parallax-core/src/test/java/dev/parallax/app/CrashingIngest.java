package dev.parallax.app;

import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;

/**
 * The child process {@link CrashConsistencyTest} kills: {@code parallax ingest} as the CLI runs it (open,
 * ingest, brief the touched stories, close), telling its parent on stdout where it is, so kills land at
 * every stage whatever the machine's load.
 */
public final class CrashingIngest {

  private CrashingIngest() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    try (Parallax parallax = Parallax.open(Config.embedded(Path.of(args[0])), InstantSource.system())) {
      say(out, "opened");
      IngestReport report =
          parallax.ingestor().run(new FileSource(List.of(Path.of(args[1]))), (origin, outcome) -> say(out, outcome));
      say(out, "briefing");
      parallax.briefStories(report.stories(), done -> {});
      say(out, "briefed");
    }
    say(out, "closed");
  }

  private static void say(PrintStream out, String line) {
    out.println(line);
    out.flush();
  }
}

package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.feed.JdbcSourceStore;
import dev.parallax.feed.NewSource;
import dev.parallax.members.JdbcMembersOnlyStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MembersOnlyCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  @Test
  void marksListsAndUnmarksOutletsAndSources() throws Exception {
    Path data = dir.resolve("data");
    Path jsonl = dir.resolve("a.jsonl");
    Files.writeString(jsonl, """
        {"id": "p1", "title": "Paid story", "outlet": "The Paid Times", "text": "A members-only article about the harbour, long enough to be a paragraph of its own in the store."}
        """);
    assertThat(run("ingest", jsonl.toString(), "--data", data.toString()).code()).isZero();
    long source;
    try (JdbcSourceStore sources = JdbcSourceStore.sqlite(data, InstantSource.system())) {
      source = sources.add(NewSource.of("https://paid.example/feed.xml")).source().id();
    }

    Run marked = run("sources", "members-only", "--outlet", "The Paid Times", "--data", data.toString(), "--format", "json");
    assertThat(marked.code()).as(marked.err()).isZero();
    assertThat(marked.out()).contains("{\"outlet\":\"The Paid Times\",\"source\":null,\"membersOnly\":true,\"changed\":true}");
    assertThat(run("sources", "members-only", "--outlet", "the-paid-times", "--data", data.toString()).out())
        .contains("already members-only: outlet the-paid-times");
    Run bySource = run("sources", "members-only", "https://paid.example/feed.xml", "--data", data.toString());
    assertThat(bySource.out()).contains("members-only: source " + source);

    Run list = run("sources", "members-only", "--data", data.toString(), "--format", "json");
    assertThat(list.out()).contains("\"outlets\":[{\"id\":\"the-paid-times\",\"name\":\"The Paid Times\",\"membersOnly\":true}]")
        .contains("\"sources\":[{\"id\":" + source + ",\"url\":\"https://paid.example/feed.xml\",\"name\":null,\"membersOnly\":true}]");
    assertThat(run("sources", "list", "--data", data.toString()).out()).contains("[members]");
    try (JdbcMembersOnlyStore marks = JdbcMembersOnlyStore.sqlite(data, InstantSource.system())) {
      assertThat(marks.membersOnly(List.of("p1"))).containsExactly("p1");
    }

    assertThat(run("sources", "members-only", "--outlet", "The Paid Times", "--off", "--data", data.toString()).out())
        .contains("open to everyone: outlet The Paid Times");
    assertThat(run("sources", "members-only", String.valueOf(source), "--off", "--data", data.toString()).code()).isZero();
    assertThat(run("sources", "members-only", "--data", data.toString()).out()).contains("0 outlets and 0 sources members-only");

    Run unknown = run("sources", "members-only", "--outlet", "Nobody", "--data", data.toString());
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("no outlet \"Nobody\"");
    assertThat(run("sources", "members-only", "42", "--data", data.toString()).err()).contains("no source 42");
    assertThat(run("sources", "members-only", "1", "--outlet", "x", "--data", data.toString()).code()).isEqualTo(2);
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ParallaxCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}

package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * JSONL files in any bytes: reading yields one result per non-blank line, each an article or a failure
 * naming the file and line, and never throws (a {@link DocumentSource} reports problems as results).
 */
class FileSourceFuzzTest {

  private static Path dir;
  private static Path file;

  @BeforeAll
  static void createFolder() throws IOException {
    dir = Files.createTempDirectory("parallax-fuzz");
    file = dir.resolve("dump.jsonl");
  }

  @AfterAll
  static void removeFolder() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "5m")
  void readJsonl(byte[] content) throws IOException {
    Files.write(file, content);
    List<ReadResult> results;
    try (var s = new FileSource(List.of(file), new FileSource.Limits(1 << 16, 1 << 16)).read()) {
      results = s.toList();
    }
    if (content.length == 0) {
      assertThat(results).singleElement().isEqualTo(new ReadResult.Failed(file.toString(), "empty file"));
      return;
    }
    for (ReadResult r : results) {
      switch (r) {
        case ReadResult.Failed f -> {
          assertThat(f.origin()).startsWith(file.toString());
          assertThat(f.reason()).isNotBlank();
        }
        case ReadResult.Ok ok -> {
          assertThat(ok.document().origin()).matches(".*dump\\.jsonl:[0-9]+");
          assertThat(ok.document().content()).isNotEmpty();
        }
      }
    }
  }
}

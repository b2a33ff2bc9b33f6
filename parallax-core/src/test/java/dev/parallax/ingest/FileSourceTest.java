package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

  @TempDir Path dir;

  private List<ReadResult> read(FileSource source) {
    try (var s = source.read()) {
      return s.toList();
    }
  }

  @Test
  void readsEverySupportedFileTypeInAFolderInNameOrder() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Plain text.");
    Files.writeString(dir.resolve("a.html"), "<html><body><p>Hi</p></body></html>");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.html.gz")))) {
      out.write("<p>zipped</p>".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("notes.md"), "# not an article");

    List<ReadResult> results = read(new FileSource(List.of(dir)));

    assertThat(results).allMatch(r -> r instanceof ReadResult.Ok);
    assertThat(results)
        .map(r -> ((ReadResult.Ok) r).document())
        .extracting(SourceDocument::file, SourceDocument::format)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.html", SourceDocument.Format.HTML),
            org.assertj.core.groups.Tuple.tuple("b.txt", SourceDocument.Format.TEXT),
            org.assertj.core.groups.Tuple.tuple("c.html.gz", SourceDocument.Format.HTML));
    assertThat(new String(((ReadResult.Ok) results.get(2)).document().content(), StandardCharsets.UTF_8))
        .isEqualTo("<p>zipped</p>");
  }

  @Test
  void readsOneArticlePerJsonLineWithItsFields() throws IOException {
    Path jsonl = dir.resolve("dump.jsonl");
    Files.writeString(
        jsonl,
        """
        {"id": "x1", "title": "T1", "text": "Body one.", "published": "2025-02-18T10:00:00Z", "outlet": "Reuters", "url": "https://r.example/1"}

        {"id": "x2", "title": "T2", "text": "Body two.", "published": "2025-02-19"}
        """);

    List<ReadResult> results = read(new FileSource(List.of(jsonl)));

    assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Ok);
    SourceDocument first = ((ReadResult.Ok) results.get(0)).document();
    assertThat(first.origin()).endsWith("dump.jsonl:1");
    assertThat(first.given())
        .isEqualTo(new SourceDocument.Given("x1", "T1", "Reuters", Instant.parse("2025-02-18T10:00:00Z"), null));
    assertThat(first.url()).isEqualTo("https://r.example/1");
    assertThat(((ReadResult.Ok) results.get(1)).document().given().published())
        .isEqualTo(Instant.parse("2025-02-19T00:00:00Z"));
  }

  @Test
  void reportsABadJsonLineWithItsLineNumberAndGoesOn() throws IOException {
    Path jsonl = dir.resolve("bad.jsonl");
    Files.writeString(jsonl, "{\"id\": \"1\", \"text\": \"ok\"}\n{broken\n{\"id\": \"3\"}\n{\"id\": \"4\", \"text\": \"fine\"}\n");

    List<ReadResult> results = read(new FileSource(List.of(jsonl)));

    assertThat(results).hasSize(4);
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failed.class, f -> {
      assertThat(f.origin()).endsWith("bad.jsonl:2");
      assertThat(f.reason()).startsWith("invalid JSON");
    });
    assertThat(results.get(2)).isInstanceOfSatisfying(ReadResult.Failed.class, f -> assertThat(f.reason()).contains("text"));
    assertThat(results.get(3)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void refusesJsonFieldsOfTheWrongTypeNamingFileLineAndFieldAndGoesOn() throws IOException {
    Path jsonl = dir.resolve("typed.jsonl");
    Files.writeString(
        jsonl,
        """
        {"id": "a", "title": 1984, "text": "Body."}
        {"id": "b", "text": ["Body."]}
        {"id": "c", "text": "Body.", "outlet": {"name": "Reuters"}}
        {"id": {"n": 1}, "text": "Body."}
        {"id": "e", "text": "Body.", "url": true}
        {"id": 17, "title": "Numbered", "text": "Body."}
        """);

    List<ReadResult> results = read(new FileSource(List.of(jsonl)));

    assertThat(results.subList(0, 5))
        .map(r -> ((ReadResult.Failed) r).origin() + " -> " + ((ReadResult.Failed) r).reason())
        .containsExactly(
            jsonl + ":1 -> \"title\" must be a string, got a number",
            jsonl + ":2 -> \"text\" must be a string, got an array",
            jsonl + ":3 -> \"outlet\" must be a string, got an object",
            jsonl + ":4 -> \"id\" must be a string or a whole number, got an object",
            jsonl + ":5 -> \"url\" must be a string, got a boolean");
    assertThat(results.get(5))
        .isInstanceOfSatisfying(
            ReadResult.Ok.class, ok -> assertThat(ok.document().given().id()).isEqualTo("17"));
  }

  @Test
  void refusesAPublishedDateItCannotReadInsteadOfDroppingIt() throws IOException {
    Path jsonl = dir.resolve("dates.jsonl");
    Files.writeString(
        jsonl,
        """
        {"id": "a", "text": "Body one.", "published": "yesterday"}
        {"id": "b", "text": "Body two.", "published": 1739872800}
        {"id": "c", "text": "Body three.", "published": "2025-02-18 10:00:00"}
        """);

    List<ReadResult> results = read(new FileSource(List.of(jsonl)));

    assertThat(results.get(0))
        .isInstanceOfSatisfying(
            ReadResult.Failed.class,
            f -> assertThat(f.origin() + " -> " + f.reason())
                .isEqualTo(
                    jsonl + ":1 -> \"published\" is not a date: \"yesterday\" (expected ISO 8601, e.g. 2025-02-18"
                        + " or 2025-02-18T10:00:00Z)"));
    assertThat(results.get(1))
        .isInstanceOfSatisfying(
            ReadResult.Failed.class,
            f -> assertThat(f.reason()).isEqualTo("\"published\" must be a string, got a number"));
    assertThat(results.get(2))
        .isInstanceOfSatisfying(
            ReadResult.Ok.class,
            ok -> assertThat(ok.document().given().published()).isEqualTo(Instant.parse("2025-02-18T10:00:00Z")));
  }

  @Test
  void refusesALineThatIsNotUtf8NamingTheLineAndByteAndReadsTheRest() throws IOException {
    Path jsonl = dir.resolve("latin1.jsonl");
    byte[] latin1 = "{\"id\": \"a\", \"text\": \"Caf\u00e9 society.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8 = "{\"id\": \"b\", \"text\": \"Caf\u00e9 society.\"}\r\n".getBytes(StandardCharsets.UTF_8);
    Files.write(jsonl, concat(latin1, utf8));

    List<ReadResult> results = read(new FileSource(List.of(jsonl)));

    assertThat(results).hasSize(2);
    assertThat(results.get(0))
        .isInstanceOfSatisfying(
            ReadResult.Failed.class,
            f -> {
              assertThat(f.origin()).isEqualTo(jsonl + ":1");
              assertThat(f.reason()).startsWith("not valid UTF-8 at byte 25 of the line");
            });
    assertThat(results.get(1))
        .isInstanceOfSatisfying(
            ReadResult.Ok.class,
            ok ->
                assertThat(new String(ok.document().content(), StandardCharsets.UTF_8))
                    .isEqualTo("Caf\u00e9 society."));
  }

  @Test
  void refusesTwoObjectsOnOneLineRatherThanDroppingTheSecond() throws IOException {
    Path jsonl = dir.resolve("joined.jsonl");
    Files.writeString(jsonl, "{\"id\": \"a\", \"text\": \"One.\"} {\"id\": \"b\", \"text\": \"Two.\"}\n");

    assertThat(read(new FileSource(List.of(jsonl))))
        .singleElement()
        .isInstanceOfSatisfying(ReadResult.Failed.class, f -> assertThat(f.reason()).startsWith("invalid JSON"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void refusesEmptyBinaryMissingAndUnsupportedFilesByName() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path missing = dir.resolve("missing.txt");
    Path other = Files.writeString(dir.resolve("other.pdf"), "%PDF");

    List<ReadResult> results = read(new FileSource(List.of(empty, binary, missing, other)));

    assertThat(results)
        .allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Failed.class))
        .map(r -> ((ReadResult.Failed) r).origin() + " -> " + ((ReadResult.Failed) r).reason())
        .containsExactlyInAnyOrder(
            missing + " -> no such file or directory",
            other + " -> unsupported file type (expected .txt, .html, .htm, .html.gz or .jsonl)",
            empty + " -> empty file",
            binary + " -> binary content, not text or HTML");
  }

  @Test
  void stopsAGzipBombAtTheDecompressedLimit() throws IOException {
    Path bomb = dir.resolve("bomb.html.gz");
    byte[] zeros = new byte[1 << 20];
    java.util.Arrays.fill(zeros, (byte) 'a');
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      for (int i = 0; i < 20; i++) out.write(zeros);
    }
    FileSource source = new FileSource(List.of(bomb), new FileSource.Limits(1 << 20, 4 << 20));

    assertThat(read(source))
        .singleElement()
        .isInstanceOfSatisfying(ReadResult.Failed.class, f -> assertThat(f.reason()).contains("decompresses to more than 4194304 bytes"));
  }

  @Test
  void refusesAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.html");
    Files.write(big, new byte[2048]);

    assertThat(read(new FileSource(List.of(big), new FileSource.Limits(1024, 1024))))
        .singleElement()
        .isInstanceOfSatisfying(ReadResult.Failed.class, f -> assertThat(f.reason()).contains("over the limit of 1024"));
  }

  @Test
  void reportsAFileThatIsNotGzipDespiteItsName() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.html.gz"), "<p>plain</p>");

    assertThat(read(new FileSource(List.of(fake))))
        .singleElement()
        .isInstanceOfSatisfying(ReadResult.Failed.class, f -> assertThat(f.reason()).contains("gzip"));
  }
}

package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import dev.parallax.ingest.SourceDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken input: each ends in a clear error naming the file, or a bounded, sane result. */
class BadInputTest {

  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final String ARTICLE =
      "<p>The committee published its report on Monday and said the project had been badly managed from the start.</p>";

  @TempDir Path dir;

  private final Extractor extractor = DocumentExtractor.standard();

  @Test
  void reportsAnEmptyFileByName() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.html"));

    assertThat(readOne(file)).isEqualTo(new ReadResult.Failed(file.toString(), "empty file"));
    SourceDocument blank = new SourceDocument("blank.html", "blank.html", null, SourceDocument.Format.HTML, new byte[0], null);
    assertThatThrownBy(() -> extractor.extract(blank)).isInstanceOf(ExtractionException.class).hasMessageContaining("blank.html");
  }

  @Test
  void reportsABinaryFileByName() throws IOException {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[10] = 0;
    Path file = Files.write(dir.resolve("photo.html"), bytes);

    ReadResult r = readOne(file);
    assertThat(r).isInstanceOf(ReadResult.Failed.class);
    assertThat(((ReadResult.Failed) r).origin()).isEqualTo(file.toString());
  }

  @Test
  void refusesAGzipBombWithoutInflatingIt() throws IOException {
    Path file = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) out.write(zeros);
    }

    ReadResult r = assertTimeoutPreemptively(LIMIT, () -> readOne(file));
    assertThat(r).isInstanceOf(ReadResult.Failed.class);
    assertThat(((ReadResult.Failed) r).reason()).contains("decompresses to more than");
  }

  @Test
  void boundsA50MegabytePage() throws IOException {
    Path file = dir.resolve("huge.html");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(("<html><body><article>" + ARTICLE).getBytes(StandardCharsets.UTF_8));
      byte[] filler = "<div><span>menu item</span> <a href='/x'>link</a></div>\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += filler.length) out.write(filler);
      out.write("</article></body></html>".getBytes(StandardCharsets.UTF_8));
    }

    Extraction e = assertTimeoutPreemptively(LIMIT, () -> extractor.extract(document(file)));
    assertThat(e.paragraphs().get(0)).startsWith("The committee published its report");
    assertThat(e.body().length()).isLessThan(HtmlDecoder.MAX_CHARS);
  }

  @Test
  void boundsAHugeTextFile() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; out != null && i < 400_000; i++)
        out.write(("Line " + i + " of a generated text without any end in sight and no full stop\n").getBytes(StandardCharsets.UTF_8));
    }

    Extraction e = assertTimeoutPreemptively(LIMIT, () -> extractor.extract(document(file)));
    assertThat(e.paragraphs().size()).isLessThanOrEqualTo(TextParagraphs.MAX_LINES);
  }

  @Test
  void survivesDeeplyNestedTags() throws IOException {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(200_000)).append(ARTICLE).append("</div>".repeat(200_000));
    html.append("</body></html>");
    Path file = Files.writeString(dir.resolve("nested.html"), html);

    Extraction e = assertTimeoutPreemptively(LIMIT, () -> extractor.extract(document(file)));
    assertThat(e.body()).contains("The committee published its report");
  }

  @Test
  void decodesUndeclaredLatin1AndToleratesBrokenUtf8() throws Exception {
    byte[] latin1 =
        ("<html><body><p>Der Bürgermeister äußerte sich am Montag zur Lage der Brücke über den Fluss und "
                + "versprach eine schnelle Lösung.</p></body></html>")
            .getBytes(StandardCharsets.ISO_8859_1);
    Extraction e = extractor.extract(new SourceDocument("latin1.html", null, null, SourceDocument.Format.HTML, latin1, null));
    assertThat(e.body()).contains("Bürgermeister äußerte");

    byte[] broken =
        ("<html><head><meta charset=\"utf-8\"></head><body><p>The mayor said \u00e9 on Monday that the bridge "
                + "would reopen in spring and that repairs were on budget.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    broken[broken.length - 40] = (byte) 0xC3; // a lone lead byte
    Extraction b = extractor.extract(new SourceDocument("broken.html", null, null, SourceDocument.Format.HTML, broken, null));
    assertThat(b.body()).contains("The mayor said é on Monday");

    byte[] unknown =
        ("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>The mayor said on Monday that the bridge "
                + "would reopen in spring and that repairs were on budget.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    Extraction u = extractor.extract(new SourceDocument("unknown.html", null, null, SourceDocument.Format.HTML, unknown, null));
    assertThat(u.body()).contains("would reopen in spring");
  }

  @Test
  void reportsAPageWithoutTextByName() {
    SourceDocument doc =
        new SourceDocument(
            "shell.html", null, null, SourceDocument.Format.HTML,
            "<html><body><script>app()</script><div id=root></div></body></html>".getBytes(StandardCharsets.UTF_8), null);

    assertThatThrownBy(() -> extractor.extract(doc))
        .isInstanceOf(ExtractionException.class)
        .hasMessageStartingWith("shell.html: ");
  }

  private ReadResult readOne(Path file) {
    try (var results = new FileSource(List.of(file)).read()) {
      return results.findFirst().orElseThrow();
    }
  }

  private SourceDocument document(Path file) {
    ReadResult r = readOne(file);
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    return ((ReadResult.Ok) r).document();
  }
}

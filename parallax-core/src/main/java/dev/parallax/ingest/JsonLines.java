package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.ingest.SourceDocument.Format;
import dev.parallax.ingest.SourceDocument.Given;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A JSONL file: one article per line, {@code {"id", "title", "text", "published", "outlet", "url", "language"}}.
 * A line is refused, naming the file, the line and what is wrong, when it is not valid UTF-8, not one JSON
 * object, has no {@code "text"}, has a field of the wrong type, or a {@code "published"} that is not a date;
 * the run goes on with the next line. Nothing is coerced or replaced: what was given wrongly would be stored
 * wrongly for good, since a corrected line has the same text and a re-run counts it as a duplicate; a refused
 * line is stored as soon as it is fixed. Lines longer than the limit are skipped without being held in memory.
 */
final class JsonLines {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final String[] STRING_FIELDS = {"title", "outlet", "url", "language", "published"};

  private JsonLines() {}

  /** The results of the file's non-blank lines, read lazily; close the stream to close the file. */
  static Stream<ReadResult> read(Path file, long maxLineBytes) throws IOException {
    InputStream in = Files.newInputStream(file);
    LineSplitter lines = new LineSplitter(in, maxLineBytes);
    String name = file.getFileName().toString();
    Spliterator<ReadResult> results =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private boolean done;

          @Override
          public boolean tryAdvance(Consumer<? super ReadResult> action) {
            while (!done) {
              LineSplitter.Line line;
              try {
                line = lines.next();
              } catch (IOException e) {
                done = true;
                action.accept(new ReadResult.Failed(file + ":" + (lines.number() + 1), "cannot read on: " + e));
                return true;
              }
              if (line == null) {
                done = true;
                return false;
              }
              ReadResult r = parse(file + ":" + line.number(), name, line, maxLineBytes);
              if (r != null) {
                action.accept(r);
                return true;
              }
            }
            return false;
          }
        };
    return StreamSupport.stream(results, false)
        .onClose(
            () -> {
              try {
                in.close();
              } catch (IOException ignored) {
                // nothing left to do with a file we only read
              }
            });
  }

  /** Lines with something other than white space in them: the articles a file holds at most. */
  static long count(Path file) throws IOException {
    long n = 0;
    boolean filled = false;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read; (read = in.read(buf)) > 0; ) {
        for (int i = 0; i < read; i++) {
          byte b = buf[i];
          if (b == '\n') {
            if (filled) n++;
            filled = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            filled = true;
          }
        }
      }
    }
    return filled ? n + 1 : n;
  }

  /** One line as a result; null for a blank line. */
  static ReadResult parse(String origin, String name, LineSplitter.Line line, long maxLineBytes) {
    if (line.truncated())
      return new ReadResult.Failed(origin, "line longer than " + maxLineBytes + " bytes; skipped");
    String text;
    try {
      text = utf8(line.bytes(), line.length(), line.number() == 1);
    } catch (BadUtf8 e) {
      return new ReadResult.Failed(
          origin,
          "not valid UTF-8 at byte " + (e.offset + 1) + " of the line (JSON must be UTF-8; was the file saved"
              + " as Latin-1 or Windows-1252?)");
    }
    if (text.isBlank()) return null;
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new ReadResult.Failed(origin, "invalid JSON: " + firstLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) return new ReadResult.Failed(origin, "not a JSON object but " + kind(node));
    for (String field : STRING_FIELDS) {
      JsonNode v = node.get(field);
      if (v != null && !v.isNull() && !v.isTextual()) return wrongType(origin, field, "a string", v);
    }
    JsonNode id = node.get("id");
    if (id != null && !id.isNull() && !id.isTextual() && !id.isIntegralNumber())
      return wrongType(origin, "id", "a string or a whole number", id);
    JsonNode body = node.get("text");
    if (body == null || body.isNull()) return new ReadResult.Failed(origin, "missing \"text\"");
    if (!body.isTextual()) return wrongType(origin, "text", "a string", body);
    if (body.textValue().isBlank()) return new ReadResult.Failed(origin, "\"text\" is empty");
    String published = value(node, "published");
    Instant time = FileSource.parseTime(published);
    if (published != null && time == null)
      return new ReadResult.Failed(
          origin,
          "\"published\" is not a date: \"" + abbreviate(published) + "\" (expected ISO 8601, e.g. 2025-02-18 or"
              + " 2025-02-18T10:00:00Z)");
    Given given =
        new Given(value(node, "id"), value(node, "title"), value(node, "outlet"), time, value(node, "language"));
    return new ReadResult.Ok(
        new SourceDocument(
            origin, name, value(node, "url"), Format.TEXT, body.textValue().getBytes(StandardCharsets.UTF_8), given));
  }

  private static ReadResult.Failed wrongType(String origin, String field, String expected, JsonNode got) {
    return new ReadResult.Failed(origin, "\"" + field + "\" must be " + expected + ", got " + kind(got));
  }

  /** The field's text (a whole-number id as its digits); null when absent, null or blank. */
  private static String value(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return null;
    String s = v.isTextual() ? v.textValue() : v.bigIntegerValue().toString();
    return s.isBlank() ? null : s;
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) return "nothing";
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  /** Strict UTF-8, a byte-order mark dropped from the first line. */
  private static String utf8(byte[] bytes, int length, boolean first) throws BadUtf8 {
    boolean bom = length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    int start = first && bom ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) throw new BadUtf8(in.position());
    r = decoder.flush(out);
    if (r.isError()) throw new BadUtf8(in.position());
    return out.flip().toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Where in a line its UTF-8 breaks. */
  private static final class BadUtf8 extends Exception {
    private final int offset;

    BadUtf8(int offset) {
      super(null, null, false, false);
      this.offset = offset;
    }
  }
}

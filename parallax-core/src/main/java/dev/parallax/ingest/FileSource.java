package dev.parallax.ingest;

import dev.parallax.ingest.SourceDocument.Format;
import dev.parallax.ingest.SourceDocument.Given;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Files and folders on disk: {@code .txt}, {@code .html}, {@code .htm}, {@code .html.gz} (one article each)
 * and {@code .jsonl} (one article per line, read by {@link JsonLines}). Folders are walked recursively in name
 * order; other files are skipped. Every read is bounded by {@link Limits} (for JSONL, the file limit bounds
 * each line).
 */
public final class FileSource implements DocumentSource {

  /** Bounds on what one file may cost. */
  public record Limits(long maxFileBytes, long maxDecompressedBytes) {
    public static final Limits DEFAULT = new Limits(64L << 20, 64L << 20);

    public Limits {
      if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be > 0: " + maxFileBytes);
      if (maxDecompressedBytes <= 0)
        throw new IllegalArgumentException("maxDecompressedBytes must be > 0: " + maxDecompressedBytes);
    }
  }

  private final List<Path> roots;
  private final Limits limits;
  private List<Path> files;

  public FileSource(List<Path> roots, Limits limits) {
    this.roots = List.copyOf(roots);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public FileSource(List<Path> roots) {
    this(roots, Limits.DEFAULT);
  }

  /** Whether Parallax knows how to read a file with this name. */
  public static boolean isSupported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt")
        || name.endsWith(".html")
        || name.endsWith(".htm")
        || name.endsWith(".html.gz")
        || name.endsWith(".htm.gz")
        || name.endsWith(".jsonl");
  }

  /** One per file, plus one per line of each JSONL file (a cheap sequential count). */
  @Override
  public long estimatedSize() {
    long n = 0;
    for (Path f : files()) {
      if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        n++;
        continue;
      }
      try {
        n += JsonLines.count(f);
      } catch (IOException e) {
        n++; // the read itself will report the problem
      }
    }
    return n;
  }

  @Override
  public Stream<ReadResult> read() {
    List<ReadResult> missing = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) missing.add(new ReadResult.Failed(root.toString(), "no such file or directory"));
      else if (Files.isRegularFile(root) && !isSupported(root))
        missing.add(
            new ReadResult.Failed(
                root.toString(), "unsupported file type (expected .txt, .html, .htm, .html.gz or .jsonl)"));
    }
    return Stream.concat(missing.stream(), files().stream().flatMap(this::readFile));
  }

  private List<Path> files() {
    if (files == null) {
      List<Path> found = new ArrayList<>();
      for (Path root : roots) {
        if (Files.isDirectory(root)) {
          try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(FileSource::isSupported).sorted().forEach(found::add);
          } catch (IOException | UncheckedIOException e) {
            // An unreadable folder is reported when read() finds no files in it; keep what was found.
          }
        } else if (Files.isRegularFile(root) && isSupported(root)) {
          found.add(root);
        }
      }
      files = List.copyOf(found);
    }
    return files;
  }

  private Stream<ReadResult> readFile(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      long size = Files.size(file);
      if (size == 0) return Stream.of(failed(file, "empty file"));
      if (lower.endsWith(".jsonl")) return JsonLines.read(file, limits.maxFileBytes());
      if (size > limits.maxFileBytes())
        return Stream.of(failed(file, "file is " + size + " bytes, over the limit of " + limits.maxFileBytes()));
      byte[] bytes;
      if (lower.endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          bytes = readBounded(in, limits.maxDecompressedBytes());
        }
        if (bytes == null)
          return Stream.of(
              failed(file, "decompresses to more than " + limits.maxDecompressedBytes() + " bytes"));
      } else {
        bytes = Files.readAllBytes(file);
      }
      if (looksBinary(bytes)) return Stream.of(failed(file, "binary content, not text or HTML"));
      Format format = lower.endsWith(".txt") ? Format.TEXT : Format.HTML;
      return Stream.of(
          new ReadResult.Ok(new SourceDocument(file.toString(), name, null, format, bytes, Given.NONE)));
    } catch (IOException e) {
      return Stream.of(failed(file, describe(e)));
    }
  }

  /** Reads an ISO-8601 instant, offset date-time or date; null when absent or unreadable. */
  public static Instant parseTime(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      // try the looser shapes below
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      // try the looser shapes below
    }
    try {
      return java.time.LocalDateTime.parse(v.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the looser shapes below
    }
    try {
      return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Reads at most {@code max} bytes; returns null if there is more. */
  static byte[] readBounded(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    return bytes.length > max ? null : bytes;
  }

  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) return true;
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) control++;
    }
    return n > 0 && control * 10 > n;
  }

  private static ReadResult.Failed failed(Path file, String reason) {
    return new ReadResult.Failed(file.toString(), reason);
  }

  private static String describe(IOException e) {
    String kind =
        e instanceof java.util.zip.ZipException ? "not valid gzip" : e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + ": " + firstLine(e.getMessage());
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

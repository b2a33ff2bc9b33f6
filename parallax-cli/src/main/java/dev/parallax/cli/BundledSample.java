package dev.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The seed articles {@code parallax demo} ingests. They ship inside the CLI's jar (copied from {@code
 * samples/seeds} at build time), so the demo runs from any folder, outside the checkout too; they are copied
 * into a folder because ingest reads files.
 */
final class BundledSample {

  private static final String FOLDER = "seeds";

  private BundledSample() {}

  /** Copies the sample into {@code target} (created if needed) and returns it. */
  static Path copyTo(Path target) throws IOException {
    URL url = BundledSample.class.getResource(FOLDER);
    if (url == null) throw new IOException("the bundled sample is missing from this build (no " + FOLDER + " resource)");
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("cannot read the bundled sample at " + url + ": " + e.getMessage(), e);
    }
    Files.createDirectories(target);
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        copy(Path.of(uri), target);
      } catch (FileSystemAlreadyExistsException e) {
        copy(Path.of(uri), target); // opened elsewhere in this process, and left open for its owner
      }
    } else {
      copy(Path.of(uri), target);
    }
    return target;
  }

  private static void copy(Path from, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(from)) {
      files = listed.filter(Files::isRegularFile).sorted().toList();
    }
    if (files.isEmpty()) throw new IOException("the bundled sample is empty: " + from);
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        Files.copy(in, target.resolve(f.getFileName().toString()));
      }
    }
  }

  /** Deletes a copy made by {@link #copyTo} (its files, then the folder). */
  static void delete(Path copy) throws IOException {
    try (Stream<Path> files = Files.list(copy)) {
      for (Path f : files.toList()) Files.deleteIfExists(f);
    }
    Files.deleteIfExists(copy);
  }
}

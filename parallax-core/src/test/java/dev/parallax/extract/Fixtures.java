package dev.parallax.extract;

import dev.parallax.ingest.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test fixtures from the classpath. */
final class Fixtures {

  private Fixtures() {}

  static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalArgumentException("no test resource " + resource);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  static Path path(String resource) {
    try {
      return Path.of(Fixtures.class.getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static SourceDocument html(String resource) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    return new SourceDocument(resource, name, null, SourceDocument.Format.HTML, bytes(resource), null);
  }

  static SourceDocument text(String name, String content) {
    return new SourceDocument(
        name, name, null, SourceDocument.Format.TEXT, content.getBytes(StandardCharsets.UTF_8), null);
  }

  static SourceDocument seed(String name) {
    return new SourceDocument(
        name, name, null, SourceDocument.Format.TEXT, bytes("/fixtures/seeds/" + name + ".txt"), null);
  }
}

package dev.parallax.cli;

import dev.parallax.app.Components;
import dev.parallax.extract.ExtractionException;
import dev.parallax.extract.Extractor;
import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.ReadResult;
import dev.parallax.ingest.SourceDocument;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    description = {
      "Extract the clean article (body, title, byline, outlet, section, date, language) from a file, or from"
          + " every file in a folder (one JSON object per line).",
      "The store is not touched."
    })
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", description = "A .txt, .html, .htm or .html.gz file, or a folder of them.")
  String path;

  @Option(names = "--format", description = "json (default for a file), jsonl (default for a folder) or text.")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (path.startsWith("http://") || path.startsWith("https://")) {
      err.println("parallax: extracting from a URL needs fetching, which is not implemented yet; save the page and pass the file");
      return 1;
    }
    Path p = Path.of(path);
    boolean folder = Files.isDirectory(p);
    Format f = format != null ? format : folder ? Format.JSONL : Format.JSON;
    Extractor extractor = Components.extractor();
    int ok = 0;
    int failed = 0;
    try (Stream<ReadResult> results = new FileSource(List.of(p)).read()) {
      for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
        switch (r) {
          case ReadResult.Failed fail -> {
            err.println("failed: " + fail.origin() + ": " + fail.reason());
            if (f == Format.JSONL) out.println(Views.json(Views.error(fail.origin(), fail.reason()), false));
            failed++;
          }
          case ReadResult.Ok doc -> {
            SourceDocument d = doc.document();
            try {
              Views.ExtractView view = Views.ExtractView.of(d.file(), d.url(), extractor.extract(d));
              switch (f) {
                case TEXT, MARKDOWN -> {
                  out.println(view.title() == null ? "(no title)" : view.title());
                  out.println();
                  out.println(view.body());
                  out.println();
                }
                case JSON -> out.println(Views.json(view, true));
                case JSONL -> out.println(Views.json(view, false));
              }
              ok++;
            } catch (ExtractionException e) {
              err.println("failed: " + e.getMessage());
              if (f == Format.JSONL) out.println(Views.json(Views.error(e.origin(), e.reason()), false));
              failed++;
            }
          }
        }
      }
    }
    out.flush();
    return ok == 0 && failed > 0 ? 1 : 0;
  }
}

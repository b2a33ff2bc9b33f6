package dev.parallax.cli;

import dev.parallax.app.Parallax;
import dev.parallax.search.SearchIndex;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "Full-text search over stored articles (\"a phrase\", title:word, -word).")
final class SearchCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Parameters(arity = "1..*", paramLabel = "WORDS", description = "The query.")
  List<String> words;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many results (default 20).")
  int limit;

  @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String query = String.join(" ", words);
    List<SearchIndex.Hit> hits;
    try (Parallax parallax = data.read()) {
      hits = parallax.index().search(query, Math.max(1, limit));
    } catch (SearchIndex.InvalidQueryException e) {
      spec.commandLine().getErr().println("parallax: " + e.getMessage());
      return 2;
    }
    if (format == Format.JSON) {
      out.println(Views.json(Map.of("query", query, "hits", hits), false));
    } else {
      for (SearchIndex.Hit h : hits) out.printf("%6.2f  %-16s  %s%n", h.score(), h.articleId(), h.title() == null ? "" : h.title());
      out.println(hits.size() + " result" + (hits.size() == 1 ? "" : "s"));
    }
    return 0;
  }
}

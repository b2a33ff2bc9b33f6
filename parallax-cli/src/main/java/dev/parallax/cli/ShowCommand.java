package dev.parallax.cli;

import dev.parallax.app.Parallax;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Print one stored article cleanly.")
final class ShowCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Parameters(paramLabel = "ID", description = "Article id (see `parallax articles`).")
  String id;

  @Option(names = "--format", description = "text (default), markdown or json.", defaultValue = "text")
  Format format;

  @Option(names = "--removed", description = "Also list what extraction cut, with reasons.")
  boolean removed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Article> found;
    Optional<Story> story;
    try (Parallax parallax = data.read()) {
      found = parallax.store().article(id);
      story = found.isPresent() ? parallax.store().storyOf(id) : Optional.empty();
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("parallax: no article with id " + id + " in " + data.config().dataDir());
      return 1;
    }
    Article a = found.get();
    if (format == Format.JSON) {
      out.println(Views.json(Views.ExtractView.of(a), true));
      return 0;
    }
    out.print(Text.article(a, story.map(Story::id).orElse(null), removed, format == Format.MARKDOWN));
    return 0;
  }
}

package dev.parallax.cli;

import dev.parallax.app.Parallax;
import dev.parallax.domain.Article;
import dev.parallax.domain.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stories", description = "List the stored stories with their articles.")
final class StoriesCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--format", description = "text (default), markdown or json.", defaultValue = "text")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Parallax parallax = data.read()) {
      List<Story> stories = parallax.store().stories();
      Map<String, Article> byId = new HashMap<>();
      for (Article a : parallax.store().articles()) byId.put(a.id(), a);
      new StoryPrinter(byId::get, parallax.clusteringMethod())
          .print(spec.commandLine().getOut(), format, stories, null, List.of());
    }
    return 0;
  }
}

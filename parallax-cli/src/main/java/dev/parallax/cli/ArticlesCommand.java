package dev.parallax.cli;

import dev.parallax.app.Parallax;
import dev.parallax.domain.Article;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "articles", description = "List the stored articles, oldest first.")
final class ArticlesCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles;
    try (Parallax parallax = data.read()) {
      articles = parallax.store().articles();
    }
    if (format == Format.JSON) {
      out.println(Views.json(new Views.Articles(articles.stream().map(Views.ArticleRow::of).toList()), false));
    } else {
      for (Article a : articles) {
        out.printf(
            "%-16s  %-20s  %-10s  %s%n",
            a.id(),
            Text.clip(a.outletName() == null ? "-" : a.outletName(), 20),
            a.published() == null ? "-" : a.published().toString().substring(0, 10),
            a.title() == null ? Text.clip(a.paragraphs().get(0), 70) : a.title());
      }
      out.println(articles.size() + " article" + (articles.size() == 1 ? "" : "s"));
    }
    return 0;
  }
}

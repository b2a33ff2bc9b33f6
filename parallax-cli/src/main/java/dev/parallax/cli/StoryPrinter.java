package dev.parallax.cli;

import dev.parallax.brief.Brief;
import dev.parallax.domain.Article;
import dev.parallax.domain.SourceName;
import dev.parallax.domain.Story;
import dev.parallax.ingest.IngestReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Prints stories (and optionally their briefs) in any of the output formats; shared by several commands. */
final class StoryPrinter {

  private final Function<String, Article> articles;
  private final String clustering;

  StoryPrinter(Function<String, Article> articles, String clustering) {
    this.articles = articles;
    this.clustering = clustering;
  }

  /** @param briefs one per story, or null to print stories without briefs */
  void print(PrintWriter out, Format format, List<Story> stories, List<Brief> briefs, List<IngestReport.Failure> failures) {
    if (format == Format.JSON || format == Format.JSONL) {
      List<Views.StoryView> views = new ArrayList<>();
      for (int i = 0; i < stories.size(); i++)
        views.add(Views.StoryView.of(stories.get(i), articles, briefs == null ? null : briefs.get(i)));
      out.println(Views.json(new Views.Stories(views, clustering, failures), false));
      return;
    }
    boolean markdown = format == Format.MARKDOWN;
    for (int i = 0; i < stories.size(); i++) {
      Story s = stories.get(i);
      Map<String, String> labels = labels(s);
      List<String> coverage = new ArrayList<>();
      for (Story.Member m : s.members()) {
        Article a = articles.apply(m.articleId());
        String title = a == null ? "" : a.title() != null ? a.title() : a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0);
        String copy = m.duplicateOf() == null ? "" : "  (copy of " + m.duplicateOf() + ")";
        coverage.add(labels.get(m.articleId()) + " — " + Text.clip(title, 70) + "  [" + m.articleId() + "]" + copy);
      }
      if (briefs != null) {
        out.print(Text.brief(s.id(), briefs.get(i), labels, coverage, markdown));
      } else {
        out.println((markdown ? "## " : "") + (s.title() == null ? "(untitled story)" : s.title()) + "  [" + s.id() + "]");
        out.println(markdown ? "### Coverage\n" : "Coverage");
        for (String line : coverage) out.println((markdown ? "- " : "  ") + line);
        out.println();
      }
    }
    out.println(stories.size() + " stor" + (stories.size() == 1 ? "y" : "ies") + " · clustering: " + clustering);
  }

  /** A readable label per article: the outlet, else its site, a cleaned file name or its title's first words. */
  private Map<String, String> labels(Story s) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String id : s.articleIds()) {
      Article a = articles.apply(id);
      String label = a == null ? id : SourceName.of(a);
      labels.put(id, label);
    }
    return labels;
  }
}

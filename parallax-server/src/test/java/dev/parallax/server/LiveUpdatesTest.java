package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.FileSource;
import dev.parallax.ingest.IngestListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles that arrive while the server runs reach readers without a restart. */
class LiveUpdatesTest {

  @TempDir Path dir;

  @Test
  void anArticleIngestedWhileServingBecomesSearchableAndListed() throws Exception {
    Fixture f = Fixture.start();
    try {
      assertThat(f.get("/api/search?q=Ouagadougou").body()).contains("\"total\":0");
      Path late = dir.resolve("late.jsonl");
      Files.writeString(
          late,
          """
          {"id": "late-1", "title": "Flooding closes schools in Ouagadougou", "outlet": "Sahel Times", "url": "https://example.com/late-1", "published": "2025-08-01T09:00:00Z", "text": "Heavy rain flooded the centre of Ouagadougou on Friday, closing schools and cutting power to thousands of homes, the city authorities said.\\n\\nThe weather service warned that more storms were expected over the weekend across Burkina Faso."}
          """);
      f.parallax.ingestor().run(new FileSource(List.of(late)), IngestListener.NONE);

      // the front page is rebuilt in the background, at most a second after the store changed
      long deadline = System.currentTimeMillis() + 15_000;
      String body = "";
      while (System.currentTimeMillis() < deadline) {
        body = f.get("/api/search?q=Ouagadougou").body();
        if (body.contains("late-1")) break;
        Thread.sleep(200);
      }
      assertThat(body).contains("late-1");
      assertThat(f.get("/articles/late-1").body()).contains("Flooding closes schools");
      while (System.currentTimeMillis() < deadline && !f.get("/api/stories").body().contains("Ouagadougou"))
        Thread.sleep(200);
      assertThat(f.get("/api/stories").body()).contains("Flooding closes schools in Ouagadougou");
    } finally {
      f.close();
    }
  }

  @Test
  void theStoryPageLeavesUnknownRelatedStoriesToASecondRequestAndShowsThemOnceKnown() throws Exception {
    Fixture f = Fixture.start();
    try {
      String story = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.get("/api/articles/" + Fixture.QUAKE_ID).body()).at("/story/id").asText();
      assertThat(story).isNotBlank();
      String first = f.get("/stories/" + story).body();
      // unless the background refresh already found them (it does for top stories), they come later
      if (first.contains("data-src=\"/stories/")) {
        assertThat(first).contains("data-src=\"/stories/" + story + "/related?part=list\"").contains("Find related stories");
        String list = f.get("/stories/" + story + "/related?part=list").body();
        assertThat(list).doesNotContain("<html").containsAnyOf("<ol class=\"cards compact\">", "No related stories yet.");
      }
      assertThat(f.get("/stories/" + story + "/related").body()).contains("<h1>Related stories</h1>");

      String again = f.get("/stories/" + story).body();
      assertThat(again).doesNotContain("data-src=\"/stories/" + story + "/related");
    } finally {
      f.close();
    }
  }

  @Test
  void theBackgroundRefreshFindsTheRelatedStoriesOfTopStoriesBeforeAnyoneAsks() throws Exception {
    Fixture f = Fixture.start();
    try {
      String story = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.get("/api/stories?limit=1").body()).at("/items/0/id").asText();
      assertThat(story).isNotBlank();
      String placeholder = "data-src=\"/stories/" + story + "/related";
      long deadline = System.currentTimeMillis() + 15_000;
      String page = f.get("/stories/" + story).body();
      while (page.contains(placeholder) && System.currentTimeMillis() < deadline) {
        Thread.sleep(300);
        page = f.get("/stories/" + story).body(); // never /related: only the refresh can have found them
      }
      assertThat(page).doesNotContain(placeholder); // known: inline, or no section when there are none
    } finally {
      f.close();
    }
  }
}

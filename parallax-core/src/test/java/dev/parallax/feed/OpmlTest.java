package dev.parallax.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

  private static final String EXPORTED_BY_ANOTHER_READER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <opml version="1.0">
        <head><title>My feeds</title></head>
        <body>
          <outline text="News" title="News">
            <outline text="World">
              <outline type="rss" text="Example &amp; Co" xmlUrl="https://example.com/feed.xml" htmlUrl="https://example.com/"/>
            </outline>
            <outline type="rss" text="Other" xmlUrl="https://other.example.org/rss"/>
          </outline>
          <outline type="rss" title="Loose" text="ignored" xmlUrl="https://loose.example.net/atom" category="/Tech/Java,/Other"/>
        </body>
      </opml>
      """;

  @Test
  void readsFeedsWithTheirFoldersAsCategories() throws Exception {
    List<NewSource> sources = Opml.read(EXPORTED_BY_ANOTHER_READER.getBytes(StandardCharsets.UTF_8), "feeds.opml");
    assertThat(sources).extracting(NewSource::url)
        .containsExactly("https://example.com/feed.xml", "https://other.example.org/rss", "https://loose.example.net/atom");
    assertThat(sources).extracting(NewSource::category).containsExactly("News/World", "News", "Tech/Java");
    assertThat(sources.get(0).name()).isEqualTo("Example & Co");
    assertThat(sources.get(0).homepage()).isEqualTo("https://example.com/");
    assertThat(sources.get(2).name()).isEqualTo("Loose");
  }

  @Test
  void exportsWhatItImportsWithCategoriesAndMembersOnlyFlag() throws Exception {
    List<Source> sources = List.of(
        source(1, "https://a.example/feed", "A & A", "News/World", true),
        source(2, "https://b.example/feed", "B", "News", false),
        source(3, "https://c.example/feed", "C", null, false),
        source(4, "https://d.example/feed", "D", "Tech", false));
    String opml = Opml.write(sources, "Parallax sources");
    List<NewSource> back = Opml.read(opml.getBytes(StandardCharsets.UTF_8), "export");
    assertThat(back).extracting(NewSource::url)
        .containsExactlyInAnyOrder("https://a.example/feed", "https://b.example/feed", "https://c.example/feed", "https://d.example/feed");
    for (Source s : sources) {
      NewSource n = back.stream().filter(b -> b.url().equals(s.url())).findFirst().orElseThrow();
      assertThat(n.category()).as(s.url()).isEqualTo(s.category());
      assertThat(n.name()).isEqualTo(s.name());
      assertThat(n.membersOnly()).isEqualTo(s.membersOnly());
    }
  }

  @Test
  void refusesADoctypeSoNoEntityIsEverResolved() {
    String evil = """
        <?xml version="1.0"?>
        <!DOCTYPE opml [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://x.example/rss"/></body></opml>
        """;
    assertThatThrownBy(() -> Opml.read(evil.getBytes(StandardCharsets.UTF_8), "evil.opml"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("evil.opml")
        .hasMessageNotContaining("root:");
  }

  @Test
  void namesTheLineOfMalformedOpml() {
    assertThatThrownBy(() -> Opml.read("<opml>\n<body>\n<outline></body>".getBytes(StandardCharsets.UTF_8), "bad.opml"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("bad.opml")
        .hasMessageContaining("line 3");
    assertThatThrownBy(() -> Opml.read("<html/>".getBytes(StandardCharsets.UTF_8), "page.html"))
        .hasMessageContaining("not OPML");
  }

  @Test
  void refusesAMalformedDoctypeAsNotOpmlNamingTheFile() {
    // found by OpmlFuzzTest: the JDK's parser threw MissingResourceException on a NUL inside a declaration
    byte[] opml = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!MNpx\"\u0000\u0000>]>\n<opml/>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Opml.read(opml, "upload.opml"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("upload.opml: not well-formed OPML at line 2");
  }

  static Source source(long id, String url, String name, String category, boolean members) {
    return new Source(id, url, name, null, null, category, members, Duration.ofMinutes(30), null);
  }
}

package dev.parallax.search;

import static dev.parallax.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {

  @TempDir Path dir;

  @Test
  void findsArticlesByWordsAndPhrasesAndKeepsThemAfterReopening() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("riyadh", "Reuters", "US and Russian officials met in Riyadh on Tuesday."));
      index.index(article("match", "BBC", "The match ended in a draw after extra time."));
      index.commit();

      assertThat(index.search("officials meeting", 10)).extracting(SearchIndex.Hit::articleId).containsExactly("riyadh");
      assertThat(index.search("\"extra time\"", 10)).extracting(SearchIndex.Hit::articleId).containsExactly("match");
    }
    try (LuceneSearchIndex reopened = new LuceneSearchIndex(dir)) {
      assertThat(reopened.size()).isEqualTo(2);
      assertThat(reopened.search("draw", 10)).extracting(SearchIndex.Hit::articleId).containsExactly("match");
    }
  }

  @Test
  void findsAPhraseByItsPairsOfWordsAndChecksTheOrderOfALongerOne() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("king", null, "The king of England visited Riyadh."));
      index.index(article("england", null, "England's king met a visiting prince."));
      index.index(article("triple", null, "It went to extra time: a draw."));
      index.index(article("apart", null, "Extra time, and more time. Time: a draw in the end."));
      index.commit();
      assertThat(index.current()).isTrue();

      assertThat(ids(index, "\"king of england\"")).containsExactly("king");
      assertThat(ids(index, "\"england king\"")).containsExactly("england");
      assertThat(ids(index, "\"King England\"")).isEmpty(); // "of" stands between them in the text
      assertThat(ids(index, "\"extra time\"")).containsExactlyInAnyOrder("triple", "apart");
      // "apart" has both pairs ("extra time", "time draw") but never the three words in a row
      assertThat(ids(index, "\"extra time: a draw\"")).containsExactly("triple");
      assertThat(ids(index, "\"riyadh\"")).containsExactly("king");
      assertThat(ids(index, "+riyadh -\"king of england\"")).isEmpty();
    }
  }

  @Test
  void matchesWordsInTheTitleOrTheOutletNameAndRanksTitlesFirst() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("kyiv", "Reuters", "Officials met on Tuesday.")); // title "Title of kyiv"
      index.index(article("other", "BBC", "Officials in Kyiv said little, and Kyiv waited."));
      index.commit();

      assertThat(ids(index, "kyiv")).containsExactly("kyiv", "other");
      assertThat(ids(index, "+reuters +officials")).containsExactly("kyiv");
      assertThat(ids(index, "title:kyiv")).containsExactly("kyiv");
      assertThat(ids(index, "kyi*")).containsExactlyInAnyOrder("kyiv", "other");
    }
  }

  @Test
  void searchesAnIndexWrittenBeforeTheCombinedFieldUntilEveryArticleHasIt() throws Exception {
    writeAsAnOlderVersion(dir, "old", "Summit in Riyadh", "The talks began on Tuesday.");
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("new", null, "The talks in Riyadh ended."));
      index.commit();
      assertThat(index.current()).isFalse();
      assertThat(ids(index, "riyadh")).containsExactlyInAnyOrder("old", "new");
      assertThat(ids(index, "\"the talks\"")).containsExactlyInAnyOrder("old", "new");
    }
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new EnglishAnalyzer()))) {
      w.forceMerge(1); // one segment with an older and a newer article, as merges make
    }
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      assertThat(index.current()).isFalse();
      index.index(article("old", null, "The talks began on Tuesday.")); // what reindex does
      index.commit();
      assertThat(index.current()).isTrue();
      assertThat(ids(index, "\"talks began\"")).containsExactly("old");
    }
  }

  private static List<String> ids(LuceneSearchIndex index, String query) throws Exception {
    return index.search(query, 10).stream().map(SearchIndex.Hit::articleId).toList();
  }

  @Test
  void replacesAnArticleIndexedTwice() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("a", null, "First version."));
      index.index(article("a", null, "Second version."));
      index.commit();

      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void explainsAQueryItCannotParse() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      assertThatThrownBy(() -> index.search("title:(unclosed", 10))
          .isInstanceOf(SearchIndex.InvalidQueryException.class)
          .hasMessageContaining("title:(unclosed");
    }
  }

  @Test
  void saysInWordsWhatIsWrongWithAQueryInsteadOfTheParsersGrammar() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("riyadh", "Reuters", "US and Russian officials met in Riyadh."));
      index.commit();
      for (String[] bad :
          new String[][] {
            {"\"unbalanced", "the quote (\") at character 1 is not closed"},
            {"talks \"in riyadh", "the quote (\") at character 7 is not closed"},
            {"title:(unclosed", "the \"(\" at character 7 is not closed"},
            {"riyadh)", "the \")\" at character 7 closes nothing"},
            {"riyadh\\", "ends with a backslash"},
            {"riyadh AND", "it ends where a word was expected"},
          }) {
        assertThatThrownBy(() -> index.search(bad[0], 10))
            .as(bad[0])
            .isInstanceOf(SearchIndex.InvalidQueryException.class)
            .hasMessageContaining(bad[1])
            .hasMessageNotContaining("Lexical")
            .hasMessageNotContaining("lexical state")
            .hasMessageNotContaining("Was expecting");
      }
      assertThat(ids(index, "\"in riyadh\"")).containsExactly("riyadh"); // a closed quote is fine
    }
  }

  @Test
  void readsWithoutTheWriteLockWhileAWriterHoldsIt() throws Exception {
    try (LuceneSearchIndex writer = new LuceneSearchIndex(dir)) {
      writer.index(article("riyadh", "Reuters", "US and Russian officials met in Riyadh."));
      writer.commit();
      writer.index(article("later", "BBC", "Officials met again later, uncommitted."));

      try (LuceneSearchIndex reader = LuceneSearchIndex.readOnly(dir)) {
        assertThat(ids(reader, "officials")).containsExactly("riyadh"); // as of the writer's last commit
        assertThat(reader.size()).isEqualTo(1);
        assertThatThrownBy(() -> reader.index(article("x", null, "Not written.")))
            .hasMessageContaining("reading only");
        assertThatThrownBy(reader::commit).hasMessageContaining("reading only");
      }
      assertThatThrownBy(() -> new LuceneSearchIndex(dir)).isInstanceOf(org.apache.lucene.store.LockObtainFailedException.class);
    }
  }

  @Test
  void readsAFolderWithoutAnIndexAsEmptyAndCreatesNothing() throws Exception {
    Path none = dir.resolve("none");
    try (LuceneSearchIndex reader = LuceneSearchIndex.readOnly(none)) {
      assertThat(reader.size()).isZero();
      assertThat(reader.search("riyadh", 10)).isEmpty();
    }
    assertThat(none).doesNotExist();
  }

  @Test
  void keepsBodyOffsetsForSnippetsAndGoesOnWithAnIndexWrittenWithoutThem() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("new", null, "Offsets are kept."));
      index.commit();
    }
    assertThat(bodyOptions(dir)).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    Path old = dir.resolve("old");
    writeAsAnOlderVersion(old, "before", null, "Written before offsets were kept.");
    try (LuceneSearchIndex index = new LuceneSearchIndex(old)) {
      index.index(article("after", null, "Written after, into the same field."));
      index.commit();
      assertThat(index.search("written", 10)).extracting(SearchIndex.Hit::articleId).containsExactlyInAnyOrder("before", "after");
    }
    assertThat(bodyOptions(old)).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
  }

  /** One document as earlier versions wrote it: no combined field, body without offsets. */
  private static void writeAsAnOlderVersion(Path folder, String id, String title, String body) throws Exception {
    try (FSDirectory d = FSDirectory.open(folder);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new EnglishAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("id", id, Field.Store.YES));
      if (title != null) doc.add(new TextField("title", title, Field.Store.YES));
      doc.add(new TextField("body", body, Field.Store.NO));
      w.addDocument(doc);
    }
  }

  private static IndexOptions bodyOptions(Path folder) throws Exception {
    try (FSDirectory d = FSDirectory.open(folder);
        DirectoryReader r = DirectoryReader.open(d)) {
      return FieldInfos.getMergedFieldInfos(r).fieldInfo("body").getIndexOptions();
    }
  }
}

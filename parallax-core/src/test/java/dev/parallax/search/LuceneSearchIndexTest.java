package dev.parallax.search;

import static dev.parallax.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
  void keepsBodyOffsetsForSnippetsAndGoesOnWithAnIndexWrittenWithoutThem() throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      index.index(article("new", null, "Offsets are kept."));
      index.commit();
    }
    assertThat(bodyOptions(dir)).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    Path old = dir.resolve("old");
    try (FSDirectory d = FSDirectory.open(old);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new EnglishAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("id", "before", Field.Store.YES));
      doc.add(new TextField("body", "Written before offsets were kept.", Field.Store.NO));
      w.addDocument(doc);
    }
    try (LuceneSearchIndex index = new LuceneSearchIndex(old)) {
      index.index(article("after", null, "Written after, into the same field."));
      index.commit();
      assertThat(index.search("written", 10)).extracting(SearchIndex.Hit::articleId).containsExactlyInAnyOrder("before", "after");
    }
    assertThat(bodyOptions(old)).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
  }

  private static IndexOptions bodyOptions(Path folder) throws Exception {
    try (FSDirectory d = FSDirectory.open(folder);
        DirectoryReader r = DirectoryReader.open(d)) {
      return FieldInfos.getMergedFieldInfos(r).fieldInfo("body").getIndexOptions();
    }
  }
}

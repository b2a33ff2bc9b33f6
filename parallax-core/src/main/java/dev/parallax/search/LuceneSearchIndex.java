package dev.parallax.search;

import static dev.parallax.search.IndexSchema.BODY;
import static dev.parallax.search.IndexSchema.ID;
import static dev.parallax.search.IndexSchema.OUTLET;
import static dev.parallax.search.IndexSchema.PUBLISHED;
import static dev.parallax.search.IndexSchema.TEXT;
import static dev.parallax.search.IndexSchema.TITLE;

import dev.parallax.domain.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * {@link SearchIndex} on a Lucene index in a folder, English analysis, title boosted over body. The body's
 * postings carry character offsets, so snippets are highlighted from the index without analysing the text
 * again; an index written before offsets were kept goes on without them (and snippets re-analyse).
 */
public final class LuceneSearchIndex implements SearchIndex {

  private static final FieldType TEXT_TYPE = textType();

  private static final FieldType BODY_WITH_OFFSETS = bodyType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
  private static final FieldType BODY_WITHOUT_OFFSETS = bodyType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  private final Analyzer analyzer = IndexSchema.indexAnalyzer();
  private final ArticleQueryParser queries = new ArticleQueryParser(QueryParser.Operator.OR);
  private final IndexSchema.TextCheck textCheck = new IndexSchema.TextCheck();
  private final Directory directory;
  /** Null when open for reading only: then nothing holds the folder's write lock. */
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FieldType bodyType;

  /** Opens the index in {@code folder} for writing (creating it if needed), holding its write lock. */
  public LuceneSearchIndex(Path folder) throws IOException {
    this.directory = FSDirectory.open(folder);
    IndexWriter w;
    try {
      w = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.writer = w;
    this.searchers = new SearcherManager(writer, null);
    this.bodyType = bodyTypeOf(searchers);
  }

  private LuceneSearchIndex(Directory directory, SearcherManager searchers) throws IOException {
    this.directory = directory;
    this.writer = null;
    this.searchers = searchers;
    this.bodyType = bodyTypeOf(searchers);
  }

  /**
   * Opens the index in {@code folder} for reading only, as of its last commit, without taking the write
   * lock: a command that only reads works while another process (a running {@code serve}) writes. A folder
   * without an index reads as an empty index, as a lost index does for the writer until a reindex.
   * {@link #index}, {@link #delete} and {@link #commit} then fail.
   */
  public static LuceneSearchIndex readOnly(Path folder) throws IOException {
    Directory directory = Files.isDirectory(folder) ? FSDirectory.open(folder) : null;
    try {
      if (directory == null || !DirectoryReader.indexExists(directory)) {
        if (directory != null) directory.close();
        directory = new ByteBuffersDirectory(); // nothing committed yet: an empty index in memory
        try (IndexWriter empty = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.indexAnalyzer()))) {
          empty.commit();
        }
      }
      return new LuceneSearchIndex(directory, new SearcherManager(directory, null));
    } catch (IOException | RuntimeException e) {
      if (directory != null) directory.close();
      throw e;
    }
  }

  private IndexWriter writer() throws IOException {
    if (writer == null) throw new IOException("the search index is open for reading only");
    return writer;
  }

  private static FieldType bodyType(IndexOptions options) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }

  /** Words and pairs of words, counted per article; no positions (a phrase is found by its pairs). */
  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /** Lucene refuses to change a field's index options, so an index without body offsets keeps none. */
  private static FieldType bodyTypeOf(SearcherManager searchers) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      FieldInfo body = FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(BODY);
      return body == null || body.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
          ? BODY_WITH_OFFSETS
          : BODY_WITHOUT_OFFSETS;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void index(Article article) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    if (article.title() != null) doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
    doc.add(new Field(BODY, article.body(), bodyType));
    if (article.outletName() != null) doc.add(new TextField(OUTLET, article.outletName(), Field.Store.NO));
    // one value each, so no pair of words spans the title and the body
    if (article.title() != null) doc.add(new Field(TEXT, article.title(), TEXT_TYPE));
    doc.add(new Field(TEXT, article.body(), TEXT_TYPE));
    if (article.outletName() != null) doc.add(new Field(TEXT, article.outletName(), TEXT_TYPE));
    if (article.published() != null) {
      doc.add(new LongPoint(PUBLISHED, article.published().toEpochMilli()));
      doc.add(new StoredField(PUBLISHED, article.published().toEpochMilli()));
    }
    writer().updateDocument(new Term(ID, article.id()), doc);
  }

  @Override
  public void delete(String articleId) throws IOException {
    writer().deleteDocuments(new Term(ID, articleId));
  }

  /** Read from the id terms of live documents, without loading any stored field. */
  @Override
  public Set<String> ids() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Set<String> ids = new HashSet<>();
      PostingsEnum postings = null;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(ID);
        if (terms == null) continue;
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          postings = it.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              ids.add(term.utf8ToString());
              break;
            }
          }
        }
      }
      return ids;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void commit() throws IOException {
    writer().commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public List<Hit> search(String query, int limit) throws IOException, InvalidQueryException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Query parsed;
      try {
        parsed = queries.parse(query, textCheck.hasText(searcher.getIndexReader())).match();
      } catch (ParseException e) {
        throw new InvalidQueryException(query, e instanceof QueryBudget.Exceeded ? e.getMessage() : QuerySyntax.reason(query, e));
      } catch (RuntimeException e) {
        String reason = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("syntax error");
        throw new InvalidQueryException(query, reason);
      }
      List<Hit> hits = new ArrayList<>();
      ScoreDoc[] top;
      try {
        top = searcher.search(parsed, limit).scoreDocs;
      } catch (IndexSearcher.TooManyClauses e) {
        throw new InvalidQueryException(query, "it expands to too many terms: use fewer fuzzy words or wildcards");
      }
      for (ScoreDoc sd : top) {
        Document d = searcher.storedFields().document(sd.doc);
        hits.add(new Hit(d.get(ID), sd.score, d.get(TITLE)));
      }
      return hits;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public boolean current() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return textCheck.hasText(searcher.getIndexReader());
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) writer.close();
    } finally {
      directory.close();
    }
  }
}

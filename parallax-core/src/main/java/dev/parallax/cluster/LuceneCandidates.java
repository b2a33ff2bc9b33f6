package dev.parallax.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Candidate stories from a Lucene index held in memory: one document per open story, with the ids of its
 * strongest centroid terms and names (matched by BM25 against the article's strongest ones) and its
 * embedding centroid (matched by HNSW nearest neighbours), so an article whose wording differs but whose
 * meaning matches still finds its story. The index is reopened (near real time) only every few updates;
 * the stories changed since are candidates anyway, so nothing is missed meanwhile.
 */
final class LuceneCandidates implements Candidates {

  private static final int STORY_TERMS = 40;
  private static final int STORY_NAMES = 20;
  private static final int NEIGHBOURS = 10;
  private static final int REOPEN_EVERY = 16;
  private static final String ID = "id";
  private static final String TERMS = "t";
  private static final String VECTOR = "e";

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, StoryState> open = new HashMap<>();
  /** Stories changed since the searcher was last reopened: always candidates, as the index lags. */
  private final Map<String, StoryState> unseen = new LinkedHashMap<>();

  LuceneCandidates() {
    try {
      IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
      config.setRAMBufferSizeMB(64);
      writer = new IndexWriter(new ByteBuffersDirectory(), config);
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an in-memory index", e);
    }
  }

  @Override
  public void joined(StoryState story, SparseVector text, SparseVector entities) {
    index(story);
  }

  @Override
  public void absorbed(StoryState gone, StoryState into) {
    remove(gone);
    index(into);
  }

  @Override
  public void closed(StoryState story) {
    remove(story);
  }

  @Override
  public List<StoryState> find(SparseVector text, SparseVector entities, float[] embedding, int max) {
    try {
      if (unseen.size() >= REOPEN_EVERY) {
        searchers.maybeRefreshBlocking();
        unseen.clear();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        Map<StoryState, Double> found = new LinkedHashMap<>();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (int id : text.top(PostingsCandidates.QUERY_TERMS)) {
          q.add(new TermQuery(new Term(TERMS, Integer.toString(id))), BooleanClause.Occur.SHOULD);
          clauses++;
        }
        for (int id : entities.top(PostingsCandidates.QUERY_TERMS)) {
          q.add(new TermQuery(new Term(TERMS, Integer.toString(id))), BooleanClause.Occur.SHOULD);
          clauses++;
        }
        if (clauses > 0) collect(searcher, searcher.search(q.build(), max).scoreDocs, found);
        if (embedding != null) { // unit length, as the clusterer keeps every embedding
          var nearest = new KnnFloatVectorQuery(VECTOR, embedding, NEIGHBOURS);
          collect(searcher, searcher.search(nearest, NEIGHBOURS).scoreDocs, found);
        }
        for (StoryState s : unseen.values()) if (!s.closed && open.containsKey(s.id)) found.putIfAbsent(s, 0.0);
        return new ArrayList<>(found.keySet());
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index search failed", e);
    }
  }

  private void collect(IndexSearcher searcher, ScoreDoc[] hits, Map<StoryState, Double> into)
      throws IOException {
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc hit : hits) {
      StoryState s = open.get(fields.document(hit.doc).get(ID));
      if (s != null && !s.closed) into.putIfAbsent(s, (double) hit.score);
    }
  }

  private void index(StoryState story) {
    Document doc = new Document();
    doc.add(new StringField(ID, story.id, Field.Store.YES));
    StringBuilder terms = new StringBuilder();
    for (int id : story.text().top(STORY_TERMS)) terms.append(id).append(' ');
    for (int id : story.entities().top(STORY_NAMES)) terms.append(id).append(' ');
    doc.add(new TextField(TERMS, terms.toString(), Field.Store.NO));
    float[] unit = story.embedding();
    if (unit != null) doc.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
    try {
      writer.updateDocument(new Term(ID, story.id), doc);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index update failed", e);
    }
    open.put(story.id, story);
    unseen.put(story.id, story);
  }

  private void remove(StoryState story) {
    try {
      writer.deleteDocuments(new Term(ID, story.id));
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index delete failed", e);
    }
    open.remove(story.id);
    unseen.remove(story.id);
  }
}

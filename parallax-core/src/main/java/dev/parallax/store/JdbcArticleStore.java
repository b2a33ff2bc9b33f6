package dev.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.domain.Article;
import dev.parallax.domain.Outlet;
import dev.parallax.domain.Removed;
import dev.parallax.domain.Story;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ArticleStore} over JDBC. The same SQL serves SQLite (the embedded default, in WAL mode) and
 * PostgreSQL; the schema is created and upgraded by Flyway on open. One connection, calls serialised: the
 * pipeline writes from one thread and SQLite takes one writer at a time anyway.
 */
public final class JdbcArticleStore implements ArticleStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<Removed>> REMOVED = new TypeReference<>() {};
  private static final String ARTICLE_COLUMNS =
      "a.id, a.url, a.file, a.title, a.byline, a.section, a.published, a.language, a.paragraphs,"
          + " a.captions, a.removed, a.content_hash, o.id AS outlet_id, o.name AS outlet_name,"
          + " o.homepage AS outlet_homepage";
  private static final String ARTICLE_SELECT =
      "SELECT " + ARTICLE_COLUMNS + " FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id";

  private final String description;
  private final Connection connection;
  private final InstantSource clock;

  private JdbcArticleStore(String description, Connection connection, InstantSource clock) {
    this.description = description;
    this.connection = connection;
    this.clock = clock;
  }

  /** Opens (creating or upgrading) the embedded SQLite store in {@code directory}/parallax.db. */
  public static JdbcArticleStore sqlite(Path directory, InstantSource clock) throws StoreException {
    Databases.Opened db = Databases.sqlite(directory);
    return new JdbcArticleStore(db.description(), db.connection(), clock);
  }

  /** Opens (creating or upgrading) a PostgreSQL store. */
  public static JdbcArticleStore postgres(String url, String user, String password, InstantSource clock)
      throws StoreException {
    Databases.Opened db = Databases.postgres(url, user, password);
    return new JdbcArticleStore(db.description(), db.connection(), clock);
  }

  @Override
  public synchronized PutResult put(Article article) throws StoreException {
    Objects.requireNonNull(article, "article");
    try {
      Optional<String> existing = idByHash(article.contentHash());
      if (existing.isPresent()) return new PutResult.Duplicate(existing.get());
      String id = article.id();
      if (exists("SELECT 1 FROM article WHERE id = ?", id)) id = article.contentHash().substring(0, 16);
      inTransaction(
          () -> {
            if (article.outlet() != null) {
              Outlet o = article.outlet();
              update(
                  "INSERT INTO outlet (id, name, homepage) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                  o.id(), o.name(), o.homepage());
            }
            return null;
          });
      String finalId = id;
      inTransaction(
          () -> {
            long seq = longQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM article");
            update(
                "INSERT INTO article (id, outlet_id, url, file, title, byline, section, published, language,"
                    + " paragraphs, captions, removed, content_hash, ingested, seq)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                finalId,
                article.outlet() == null ? null : article.outlet().id(),
                article.url(),
                article.file(),
                article.title(),
                article.byline(),
                article.section(),
                article.published() == null ? null : article.published().toString(),
                article.language(),
                json(article.paragraphs()),
                json(article.captions()),
                json(article.removed()),
                article.contentHash(),
                clock.instant().toString(),
                seq);
            update("INSERT INTO article_pending (article_id, seq) VALUES (?, ?)", finalId, seq);
            return null;
          });
      return new PutResult.Added(finalId);
    } catch (SQLException e) {
      throw failure("store article " + article.id(), e);
    }
  }

  @Override
  public synchronized Optional<Article> article(String id) throws StoreException {
    try {
      return queryArticles(ARTICLE_SELECT + " WHERE a.id = ?", id).stream().findFirst();
    } catch (SQLException e) {
      throw failure("read article " + id, e);
    }
  }

  @Override
  public synchronized List<Article> articles(List<String> ids) throws StoreException {
    Map<String, Article> found = new HashMap<>();
    try {
      for (List<String> chunk : chunks(ids)) {
        String sql = ARTICLE_SELECT + " WHERE a.id IN (" + marks(chunk.size()) + ")";
        for (Article a : queryArticles(sql, chunk.toArray())) found.put(a.id(), a);
      }
    } catch (SQLException e) {
      throw failure("read " + ids.size() + " articles", e);
    }
    List<Article> ordered = new ArrayList<>();
    for (String id : ids) if (found.containsKey(id)) ordered.add(found.get(id));
    return ordered;
  }

  @Override
  public synchronized Optional<Article> articleByHash(String contentHash) throws StoreException {
    try {
      return queryArticles(ARTICLE_SELECT + " WHERE a.content_hash = ?", contentHash).stream().findFirst();
    } catch (SQLException e) {
      throw failure("read article by hash", e);
    }
  }

  @Override
  public synchronized List<Article> articles() throws StoreException {
    try {
      return queryArticles(ARTICLE_SELECT + " ORDER BY a.seq");
    } catch (SQLException e) {
      throw failure("list articles", e);
    }
  }

  @Override
  public synchronized List<Article> articlesAfter(long sequence, int limit) throws StoreException {
    try {
      return queryArticles(ARTICLE_SELECT + " WHERE a.seq > ? ORDER BY a.seq LIMIT ?", sequence, limit);
    } catch (SQLException e) {
      throw failure("list articles", e);
    }
  }

  @Override
  public synchronized List<String> latestArticleIds(int limit) throws StoreException {
    try (PreparedStatement ps = prepare("SELECT id FROM article ORDER BY seq DESC LIMIT ?", limit);
        ResultSet rs = ps.executeQuery()) {
      List<String> ids = new ArrayList<>();
      while (rs.next()) ids.add(rs.getString(1));
      return ids;
    } catch (SQLException e) {
      throw failure("list the latest articles", e);
    }
  }

  @Override
  public synchronized int articleCount() throws StoreException {
    try {
      return (int) longQuery("SELECT COUNT(*) FROM article");
    } catch (SQLException e) {
      throw failure("count articles", e);
    }
  }

  @Override
  public synchronized void saveStory(Story story) throws StoreException {
    saveMerged(story, List.of());
  }

  private void writeStory(Story story) throws SQLException {
    update("DELETE FROM story_article WHERE story_id = ?", story.id());
    if (exists("SELECT 1 FROM story WHERE id = ?", story.id())) {
      update(
          "UPDATE story SET title = ?, first_seen = ?, last_seen = ?, updated = ? WHERE id = ?",
          story.title(), str(story.first()), str(story.last()), clock.instant().toString(), story.id());
    } else {
      update(
          "INSERT INTO story (id, title, first_seen, last_seen, updated) VALUES (?, ?, ?, ?, ?)",
          story.id(), story.title(), str(story.first()), str(story.last()), clock.instant().toString());
    }
    int position = 0;
    for (Story.Member m : story.members()) {
      // an article belongs to one story: moving it here takes it out of any other
      update("DELETE FROM story_article WHERE article_id = ?", m.articleId());
      update(
          "INSERT INTO story_article (story_id, article_id, position, duplicate_of) VALUES (?, ?, ?, ?)",
          story.id(), m.articleId(), position++, m.duplicateOf());
    }
  }

  @Override
  public synchronized void deleteStory(String storyId) throws StoreException {
    try {
      inTransaction(
          () -> {
            removeStory(storyId);
            return null;
          });
    } catch (SQLException e) {
      throw failure("delete story " + storyId, e);
    }
  }

  @Override
  public synchronized void saveMerged(Story story, List<String> absorbed) throws StoreException {
    try {
      inTransaction(
          () -> {
            writeStory(story);
            for (String id : absorbed) if (!id.equals(story.id())) removeStory(id);
            return null;
          });
    } catch (SQLException e) {
      throw failure("save story " + story.id(), e);
    }
  }

  private void removeStory(String storyId) throws SQLException {
    update("DELETE FROM story_article WHERE story_id = ?", storyId);
    update("DELETE FROM story WHERE id = ?", storyId);
  }

  @Override
  public synchronized List<Article> pendingArticles(int limit) throws StoreException {
    try {
      return queryArticles(
          ARTICLE_SELECT + " JOIN article_pending p ON p.article_id = a.id ORDER BY p.seq LIMIT ?", limit);
    } catch (SQLException e) {
      throw failure("list pending articles", e);
    }
  }

  @Override
  public synchronized int pendingCount() throws StoreException {
    try {
      return (int) longQuery("SELECT COUNT(*) FROM article_pending");
    } catch (SQLException e) {
      throw failure("count pending articles", e);
    }
  }

  @Override
  public synchronized void markPending(Collection<String> articleIds) throws StoreException {
    inChunks(
        "mark articles pending", articleIds,
        "INSERT INTO article_pending (article_id, seq) SELECT id, seq FROM article WHERE id IN (%s)"
            + " ON CONFLICT (article_id) DO NOTHING");
  }

  @Override
  public synchronized void settle(Collection<String> articleIds) throws StoreException {
    inChunks("settle articles", articleIds, "DELETE FROM article_pending WHERE article_id IN (%s)");
  }

  @Override
  public synchronized void settleStories(Collection<String> storyIds) throws StoreException {
    inChunks(
        "settle the articles of stories", storyIds,
        "DELETE FROM article_pending WHERE article_id IN"
            + " (SELECT article_id FROM story_article WHERE story_id IN (%s))");
  }

  @Override
  public synchronized Map<String, List<String>> memberships() throws StoreException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
            prepare(
                "SELECT s.id, sa.article_id FROM story s LEFT JOIN story_article sa ON sa.story_id = s.id"
                    + " ORDER BY s.id, sa.position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<String> members = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
        if (rs.getString(2) != null) members.add(rs.getString(2));
      }
      return out;
    } catch (SQLException e) {
      throw failure("list story memberships", e);
    }
  }

  /** Runs {@code sql} (with one %s for the IN list) over the ids, a chunk at a time, in one transaction. */
  private void inChunks(String what, Collection<String> ids, String sql) throws StoreException {
    List<String> all = List.copyOf(ids);
    try {
      inTransaction(
          () -> {
            for (List<String> chunk : chunks(all)) update(sql.formatted(marks(chunk.size())), chunk.toArray());
            return null;
          });
    } catch (SQLException e) {
      throw failure(what + " (" + all.size() + ")", e);
    }
  }

  @Override
  public synchronized Optional<Story> story(String id) throws StoreException {
    try {
      return queryStories("SELECT id, title, first_seen, last_seen FROM story WHERE id = ?", id).stream()
          .findFirst();
    } catch (SQLException e) {
      throw failure("read story " + id, e);
    }
  }

  @Override
  public synchronized Optional<Story> storyOf(String articleId) throws StoreException {
    try {
      return queryStories(
              "SELECT s.id, s.title, s.first_seen, s.last_seen FROM story s"
                  + " JOIN story_article sa ON sa.story_id = s.id WHERE sa.article_id = ?",
              articleId)
          .stream()
          .findFirst();
    } catch (SQLException e) {
      throw failure("read story of " + articleId, e);
    }
  }

  @Override
  public synchronized List<Story> stories() throws StoreException {
    try {
      return queryStories("SELECT id, title, first_seen, last_seen FROM story ORDER BY updated DESC, id");
    } catch (SQLException e) {
      throw failure("list stories", e);
    }
  }

  @Override
  public synchronized void saveEmbedding(String articleId, String model, float[] vector) throws StoreException {
    Objects.requireNonNull(vector, "vector");
    try {
      update(
          "INSERT INTO article_embedding (article_id, model, vector) VALUES (?, ?, ?)"
              + " ON CONFLICT (article_id) DO UPDATE SET model = excluded.model, vector = excluded.vector",
          articleId, model, HalfFloats.encode(vector));
    } catch (SQLException e) {
      throw failure("save the embedding of " + articleId, e);
    }
  }

  @Override
  public synchronized Map<String, float[]> embeddings(List<String> articleIds, String model) throws StoreException {
    Map<String, float[]> out = new HashMap<>();
    try {
      for (List<String> chunk : chunks(articleIds)) {
        List<Object> args = new ArrayList<>(chunk.size() + 1);
        args.add(model);
        args.addAll(chunk);
        try (PreparedStatement ps =
                prepare(
                    "SELECT article_id, vector FROM article_embedding WHERE model = ? AND article_id IN ("
                        + marks(chunk.size()) + ")",
                    args.toArray());
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            // an embedding is derived data: one that does not decode is left out (its article replays
            // without it) rather than stopping every start-up until someone deletes the row
            try {
              out.put(rs.getString(1), HalfFloats.decode(rs.getBytes(2)));
            } catch (IllegalArgumentException e) {
              continue;
            }
          }
        }
      }
    } catch (SQLException e) {
      throw failure("read " + articleIds.size() + " embeddings", e);
    }
    return out;
  }

  @Override
  public synchronized void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  // --- for the web app: listings without bodies, and editors' picks --------------------------------

  @Override
  public synchronized List<Coverage> coverage() throws StoreException {
    List<Coverage> rows = new ArrayList<>();
    try (PreparedStatement ps =
            prepare(
                "SELECT a.id, sa.story_id, o.id, o.name, a.title, a.published, a.ingested, a.seq FROM article a"
                    + " LEFT JOIN outlet o ON o.id = a.outlet_id"
                    + " LEFT JOIN story_article sa ON sa.article_id = a.id ORDER BY a.seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next())
        rows.add(
            new Coverage(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                instant(rs.getString(6)), instant(rs.getString(7)), rs.getLong(8)));
      return rows;
    } catch (SQLException e) {
      throw failure("list coverage", e);
    }
  }

  @Override
  public synchronized List<Pick> picks() throws StoreException {
    List<Pick> picks = new ArrayList<>();
    try (PreparedStatement ps =
            prepare("SELECT story_id, note, picked FROM editor_pick ORDER BY picked DESC, story_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) picks.add(new Pick(rs.getString(1), rs.getString(2), instant(rs.getString(3))));
      return picks;
    } catch (SQLException e) {
      throw failure("list editors' picks", e);
    }
  }

  @Override
  public synchronized void pick(String storyId, String note) throws StoreException {
    Objects.requireNonNull(storyId, "storyId");
    try {
      inTransaction(
          () -> {
            update("DELETE FROM editor_pick WHERE story_id = ?", storyId);
            update(
                "INSERT INTO editor_pick (story_id, note, picked) VALUES (?, ?, ?)",
                storyId, note, clock.instant().toString());
            return null;
          });
    } catch (SQLException e) {
      throw failure("pick story " + storyId, e);
    }
  }

  @Override
  public synchronized boolean unpick(String storyId) throws StoreException {
    try (PreparedStatement ps = prepare("DELETE FROM editor_pick WHERE story_id = ?", storyId)) {
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw failure("unpick story " + storyId, e);
    }
  }

  // --- helpers -------------------------------------------------------------------------------------

  /** Ids bound per query: well under SQLite's limit on bound parameters. */
  private static final int IDS_PER_QUERY = 500;

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY)
      out.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
    return out;
  }

  /** {@code n} bind markers for an IN list. */
  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private <T> T inTransaction(Databases.SqlWork<T> work) throws SQLException {
    return Databases.inTransaction(connection, work);
  }

  private List<Story> queryStories(String sql, Object... args) throws SQLException {
    List<Story> stories = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString("id");
        stories.add(
            new Story(id, rs.getString("title"), members(id), instant(rs.getString("first_seen")),
                instant(rs.getString("last_seen"))));
      }
    }
    return stories;
  }

  private List<Story.Member> members(String storyId) throws SQLException {
    List<Story.Member> members = new ArrayList<>();
    try (PreparedStatement ps =
            prepare(
                "SELECT article_id, duplicate_of FROM story_article WHERE story_id = ? ORDER BY position",
                storyId);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) members.add(new Story.Member(rs.getString(1), rs.getString(2)));
    }
    return members;
  }

  private List<Article> queryArticles(String sql, Object... args) throws SQLException {
    List<Article> articles = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String outletId = rs.getString("outlet_id");
        Outlet outlet =
            outletId == null
                ? null
                : new Outlet(outletId, rs.getString("outlet_name"), rs.getString("outlet_homepage"));
        articles.add(
            new Article(
                rs.getString("id"),
                outlet,
                rs.getString("url"),
                rs.getString("file"),
                rs.getString("title"),
                rs.getString("byline"),
                rs.getString("section"),
                instant(rs.getString("published")),
                rs.getString("language"),
                fromJson(rs.getString("paragraphs"), STRINGS),
                fromJson(rs.getString("captions"), STRINGS),
                fromJson(rs.getString("removed"), REMOVED),
                rs.getString("content_hash")));
      }
    }
    return articles;
  }

  private Optional<String> idByHash(String hash) throws SQLException {
    try (PreparedStatement ps = prepare("SELECT id FROM article WHERE content_hash = ?", hash);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  private boolean exists(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(sql, args);
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  private long longQuery(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(sql, args);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    Databases.update(connection, sql, args);
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    return Databases.prepare(connection, sql, args);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  private <T> T fromJson(String text, TypeReference<T> type) throws SQLException {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new SQLException("corrupt JSON column in " + description + ": " + e.getOriginalMessage(), e);
    }
  }

  private static Instant instant(String s) {
    return Databases.instant(s);
  }

  private static String str(Instant i) {
    return Databases.text(i);
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
  }
}

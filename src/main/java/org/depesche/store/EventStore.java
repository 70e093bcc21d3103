package org.depesche.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.event.Event;
import org.depesche.event.EventJson;
import org.depesche.place.Location;

/**
 * The embedded event store: one DuckDB file holding articles, their events and the clusters that merge reports of
 * the same real-world event. Each article is written in one transaction, so a run killed in the middle leaves
 * every article either complete or absent. DuckDB locks the file: one process opens it for writing
 * ({@link #open}), or any number of processes open it read-only ({@link #openReadOnly}), never both.
 *
 * <p>One connection, shared by the threads of one process: every method that touches it holds this object's
 * monitor, and readers in this package ({@link StoreReader}) are called under it too, so a web request never reads
 * in the middle of an article being written.
 */
public final class EventStore implements AutoCloseable {
  private final Connection connection;
  private final Statements statements;
  private final Clusters clusters;
  private final boolean readOnly;

  private EventStore(Connection connection, boolean readOnly) {
    this.connection = connection;
    this.statements = new Statements(connection);
    this.clusters = new Clusters(statements);
    this.readOnly = readOnly;
  }

  /**
   * Opens (creating if needed) the store at {@code file} and brings its schema up to date.
   *
   * @throws StoreException when the folder is missing, another process holds the store, or its schema is newer
   */
  public static EventStore open(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
      throw new StoreException("no such folder for the store: " + parent);
    }
    return Jdbc.unchecked(() -> {
      Connection c = connect(file, false);
      try {
        Schema.migrate(c);
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new EventStore(c, false);
    });
  }

  /**
   * Opens the existing store at {@code file} for reading only, so that other processes can read it at the same
   * time (a {@code serve} and a {@code query}, say). A store of an older schema is first brought up to date by a
   * short read-write open, which works only while no other process has the store open.
   *
   * @throws StoreException when there is no store, a process writes to it, or its schema is newer than this
   *                        program's
   */
  public static EventStore openReadOnly(Path file) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new StoreException("no store at " + file + " (depesche ingest creates one)");
    }
    return Jdbc.unchecked(() -> {
      Connection c = connect(file, true);
      try {
        int version = Schema.version(c);
        if (version == Schema.current()) {
          return new EventStore(c, true);
        }
        c.close();
        if (version > Schema.current()) {
          throw new StoreException(Schema.newer(version));
        }
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
      open(file).close(); // an older schema: migrate once, then read
      return new EventStore(connect(file, true), true);
    });
  }

  /** A connection to the file; DuckDB's message about a conflicting lock becomes one saying who holds it. */
  private static Connection connect(Path file, boolean readOnly) throws SQLException {
    java.util.Properties properties = new java.util.Properties();
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("Conflicting lock")) {
        throw new StoreException(file + " is in use by another process: " + (readOnly
            ? "one that writes to it (ingest, watch, demo or serve --watch); reading commands (query, stats, "
                + "export, serve) can run beside each other and beside a plain serve, not beside a writer"
            : "only one process may write to a store, and none may read it meanwhile (stop serve, query, "
                + "stats or export on it; serve --watch serves while it ingests)"), e);
      }
      // a file cut short or not a store at all: DuckDB's message alone ("IO Error: Could not read enough bytes")
      // does not say which file the user should look at
      throw new StoreException("cannot open the store " + file + ": "
          + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(), e);
    }
  }

  /** Whether the store was opened read-only, by {@link #openReadOnly}. */
  public boolean readOnly() {
    return readOnly;
  }

  /** Whether the article is stored already: the same URL, else the same text. */
  public synchronized boolean has(Article a) {
    return Jdbc.unchecked(() -> stored(a));
  }

  private boolean stored(Article a) throws SQLException {
    String sql = a.url() != null ? "SELECT 1 FROM articles WHERE url = ? OR text_hash = ? LIMIT 1"
        : "SELECT 1 FROM articles WHERE text_hash = ? LIMIT 1";
    PreparedStatement p = statements.get(sql);
    int i = 1;
    if (a.url() != null) {
      p.setString(i++, a.url());
    }
    p.setString(i, hash(a.text()));
    try (ResultSet r = p.executeQuery()) {
      return r.next();
    }
  }

  /** Whether an article from this URL is stored: what {@code watch} asks before fetching a feed's item. */
  public synchronized boolean hasUrl(String url) {
    return Jdbc.unchecked(() -> exists("SELECT 1 FROM articles WHERE url = ?", url));
  }

  /**
   * Stores an article with its events, in one transaction, and files each event into its cluster.
   *
   * @param source where the article was ingested from
   * @return whether it was stored (false when it was there already)
   * @throws StoreException when the store refuses it; nothing of the article is stored then
   */
  public synchronized boolean add(Article a, List<Event> events, String source) {
    try {
      return insert(a, events, source);
    } catch (SQLException e) {
      throw new StoreException("the store refused " + a.id() + ": " + e.getMessage(), e);
    }
  }

  private boolean insert(Article a, List<Event> events, String source) throws SQLException {
    if (stored(a)) {
      return false;
    }
    connection.setAutoCommit(false);
    try {
      String id = articleId(a);
      PreparedStatement p = statements.get("INSERT INTO articles (id, url, title, published, language, source, "
          + "text_hash, ingested, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      p.setString(1, id);
      p.setString(2, a.url());
      p.setString(3, a.title());
      setDate(p, 4, a.published());
      p.setString(5, a.lang());
      p.setString(6, source);
      p.setString(7, hash(a.text()));
      // UTC wall-clock time, whatever the machine's zone: GDELT's DATEADDED and the exports read it as UTC
      p.setObject(8, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
      p.setString(9, a.analysedText());
      p.executeUpdate();
      PreparedStatement insert = statements.get("INSERT INTO events VALUES (" + "?, ".repeat(40) + "?)");
      java.util.Set<Long> articleClusters = new java.util.HashSet<>();
      for (Event e : events) {
        if (exists("SELECT 1 FROM events WHERE id = ?", e.id())) {
          continue; // the same event id from an identical copy of the text
        }
        long cluster = clusters.file(e, articleClusters);
        insertEvent(insert, e, id, cluster, EventJson.line(e));
      }
      connection.commit();
      return true;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private void insertEvent(PreparedStatement p, Event e, String articleId, long cluster, String record)
      throws SQLException {
    int i = 1;
    p.setString(i++, e.id());
    p.setString(i++, articleId);
    p.setLong(i++, cluster);
    p.setInt(i++, e.sentence());
    p.setString(i++, e.evidence());
    p.setString(i++, e.trigger());
    p.setString(i++, e.type().cameo());
    p.setString(i++, e.type().root());
    p.setString(i++, e.type().plover());
    p.setInt(i++, e.type().quadClass());
    p.setDouble(i++, e.type().goldstein());
    i = setActor(p, i, e.source());
    i = setActor(p, i, e.target());
    p.setString(i++, e.date().value());
    p.setString(i++, e.date().precision() == null ? null : e.date().precision().label());
    p.setString(i++, e.date().basis() == null ? null : e.date().basis().label());
    setDate(p, i++, Clusters.eventDay(e));
    setDate(p, i++, e.article().published());
    p.setString(i++, e.modality().label());
    p.setBoolean(i++, e.reported());
    if (e.amount() == null) {
      p.setNull(i++, Types.DOUBLE);
      p.setNull(i++, Types.VARCHAR);
    } else {
      p.setDouble(i++, e.amount().value());
      p.setString(i++, e.amount().currency() != null ? e.amount().currency() : e.amount().unit());
    }
    p.setString(i++, record);
    setLocation(p, i, e.location());
    p.executeUpdate();
  }

  /** Name, words, GeoNames id, country, region, latitude, longitude and basis of a location (all null for none). */
  private static void setLocation(PreparedStatement p, int i, Location l) throws SQLException {
    p.setString(i++, l == null ? null : l.name());
    p.setString(i++, l == null ? null : l.text());
    p.setObject(i++, l == null ? null : l.geonames(), Types.BIGINT);
    p.setString(i++, l == null ? null : l.country());
    p.setString(i++, l == null ? null : l.admin1());
    p.setObject(i++, l == null ? null : l.latitude(), Types.DOUBLE);
    p.setObject(i++, l == null ? null : l.longitude(), Types.DOUBLE);
    p.setString(i, l == null ? null : l.basis().name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Code, key, country, organisation, sector and name of an actor (all null for none); returns the next index. */
  private static int setActor(PreparedStatement p, int i, org.depesche.actor.Actor a) throws SQLException {
    p.setString(i++, a == null ? null : a.code());
    p.setString(i++, a == null ? null : a.key());
    p.setString(i++, a == null ? null : a.country());
    p.setString(i++, a == null ? null : a.org());
    p.setString(i++, a == null ? null : a.sector());
    p.setString(i++, a == null ? null : a.name() != null ? a.name() : a.text());
    return i;
  }

  /** Articles, events and clusters stored. */
  public record Counts(long articles, long events, long clusters) {}

  public synchronized Counts counts() {
    return Jdbc.list(connection, "SELECT (SELECT count(*) FROM articles) AS articles, "
        + "(SELECT count(*) FROM events) AS events, (SELECT count(*) FROM clusters) AS clusters", List.of(),
        r -> new Counts(r.getLong("articles"), r.getLong("events"), r.getLong("clusters"))).get(0);
  }

  /** The connection, for reading queries in this package. */
  Connection connection() {
    return connection;
  }

  @Override
  public synchronized void close() {
    Jdbc.unchecked(() -> {
      statements.close();
      connection.close();
      return null;
    });
  }

  /** The article's own id, else its URL; made unique with its text hash when another article has it already. */
  private String articleId(Article a) throws SQLException {
    String id = a.id() != null ? a.id() : a.url() != null ? a.url() : hash(a.text());
    return exists("SELECT 1 FROM articles WHERE id = ?", id) ? id + "#" + hash(a.text()).substring(0, 12) : id;
  }

  private boolean exists(String sql, String value) throws SQLException {
    PreparedStatement p = statements.get(sql);
    p.setString(1, value);
    try (ResultSet r = p.executeQuery()) {
      return r.next();
    }
  }

  static void setDate(PreparedStatement p, int i, LocalDate d) throws SQLException {
    if (d == null) {
      p.setNull(i, Types.DATE);
    } else {
      p.setDate(i, Date.valueOf(d));
    }
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

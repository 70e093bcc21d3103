package org.depesche.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the store for {@code query}, {@code stats} and {@code export}: events one row per cluster (the default,
 * each real-world event once with its mentions and articles) or one row per mention.
 */
public final class StoreReader {
  /** A result: column names and rows of values. */
  public record Table(List<String> columns, List<List<Object>> rows) {}

  private static final String CLUSTER_COLUMNS = "c.id AS cluster, e.date_value AS date, e.cameo, e.plover, "
      + "e.source_code AS source, e.target_code AS target, e.modality, c.mentions, c.articles, "
      + "c.first_seen, c.last_seen, e.evidence";
  private static final String MENTION_COLUMNS = "e.id, e.cluster_id AS cluster, e.date_value AS date, e.published, "
      + "e.cameo, e.plover, e.source_code AS source, e.target_code AS target, e.modality, e.article_id AS article, "
      + "e.evidence";

  private final Connection connection;

  public StoreReader(EventStore store) {
    this.connection = store.connection();
  }

  /**
   * The events matching {@code q}: by cluster, each cluster whose representative or any mention matches, shown by
   * its representative; or every matching mention.
   */
  public Table events(EventQuery q, boolean mentions, int limit) throws SQLException {
    EventQuery.Sql w = q.sql();
    String sql = mentions
        ? "SELECT " + MENTION_COLUMNS + " FROM events e WHERE " + w.where() + " ORDER BY e.event_day NULLS LAST, e.id"
        : "SELECT " + CLUSTER_COLUMNS + " FROM clusters c JOIN events e ON e.id = c.representative "
            + "WHERE c.id IN (SELECT e.cluster_id FROM events e WHERE " + w.where() + ") "
            + "ORDER BY c.event_day NULLS LAST, c.id";
    return table(sql + (limit > 0 ? " LIMIT " + limit : ""), w.parameters());
  }

  /** The event records (CONTRACT.md JSON) matching {@code q}: representatives, or every mention. */
  public List<String> records(EventQuery q, boolean mentions) throws SQLException {
    EventQuery.Sql w = q.sql();
    String sql = mentions ? "SELECT e.record FROM events e WHERE " + w.where() + " ORDER BY e.event_day, e.id"
        : "SELECT e.record FROM clusters c JOIN events e ON e.id = c.representative WHERE c.id IN "
            + "(SELECT e.cluster_id FROM events e WHERE " + w.where() + ") ORDER BY c.event_day, c.id";
    List<String> out = new ArrayList<>();
    for (List<Object> row : table(sql, w.parameters()).rows()) {
      out.add((String) row.get(0));
    }
    return out;
  }

  /** One page of matching events: how many match in all, and the rows of this page. */
  public record Page(long total, Table rows) {}

  /**
   * A page of events for the web API: each real-world event once (its representative) or every mention, with the
   * record and the cluster's mentions and articles.
   */
  public Page page(EventQuery q, boolean mentions, int limit, int offset) throws SQLException {
    EventQuery.Sql w = q.sql();
    String matching = mentions ? "SELECT e.id FROM events e WHERE " + w.where()
        : "SELECT c.representative FROM clusters c WHERE c.id IN (SELECT e.cluster_id FROM events e WHERE "
            + w.where() + ")";
    long total = ((Number) table("SELECT count(*) FROM (" + matching + ")", w.parameters()).rows().get(0).get(0))
        .longValue();
    Table rows = table("SELECT e.record, c.id AS cluster, c.mentions, c.articles FROM events e "
        + "JOIN clusters c ON c.id = e.cluster_id WHERE e.id IN (" + matching + ") "
        + "ORDER BY e.event_day DESC NULLS LAST, e.id LIMIT " + limit + " OFFSET " + offset, w.parameters());
    return new Page(total, rows);
  }

  /** Actor pairs with their number of real-world events and mean Goldstein weight, for the network. */
  public Table dyads(EventQuery q, int limit) throws SQLException {
    EventQuery.Sql w = q.sql();
    return table("SELECT e.source_key AS source, e.target_key AS target, count(DISTINCT e.cluster_id) AS events, "
        + "round(avg(e.goldstein), 2) AS goldstein FROM events e WHERE e.source_key IS NOT NULL "
        + "AND e.target_key IS NOT NULL AND e.source_key <> e.target_key AND " + w.where()
        + " GROUP BY ALL ORDER BY events DESC, source, target LIMIT " + limit, w.parameters());
  }

  /** Real-world events per day, week or month by quad class (1 verbal and 2 material cooperation, 3 and 4 conflict). */
  public Table timeline(EventQuery q, String unit) throws SQLException {
    EventQuery.Sql w = q.sql();
    return table("SELECT strftime(date_trunc('" + unit + "', e.event_day), '%Y-%m-%d') AS period, "
        + "count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class = 1) AS quad1, "
        + "count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class = 2) AS quad2, "
        + "count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class = 3) AS quad3, "
        + "count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class = 4) AS quad4 "
        + "FROM events e WHERE e.event_day IS NOT NULL AND " + w.where() + " GROUP BY period ORDER BY period",
        w.parameters());
  }

  /**
   * Writes every event (its columns, without the JSON record) with DuckDB's COPY, as {@code PARQUET} or
   * {@code CSV}; returns the number of rows.
   */
  public int copyEvents(java.nio.file.Path file, String format) throws SQLException {
    String target = file.toAbsolutePath().toString().replace("'", "''");
    try (java.sql.Statement s = connection.createStatement()) {
      s.execute("COPY (SELECT e.* EXCLUDE (record), a.url, a.title FROM events e JOIN articles a ON a.id = e.article_id "
          + "ORDER BY e.event_day, e.id) TO '" + target + "' (FORMAT " + format
          + (format.equals("CSV") ? ", HEADER" : "") + ")");
    }
    return ((Number) table("SELECT count(*) FROM events", List.of()).rows().get(0).get(0)).intValue();
  }

  /** Any read-only SQL over the store with parameters, as a table. */
  public Table table(String sql, List<Object> parameters) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        p.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        ResultSetMetaData m = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= m.getColumnCount(); i++) {
          columns.add(m.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns.size(); i++) {
            row.add(r.getObject(i));
          }
          rows.add(row);
        }
        return new Table(columns, rows);
      }
    }
  }
}

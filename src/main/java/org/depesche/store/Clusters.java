package org.depesche.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.depesche.event.Event;

/**
 * Merges the reports of one real-world event: events with the same CAMEO root and the same actor keys whose days
 * lie within {@link #DAYS} of each other (or that share no day at all) form one cluster, which counts its mentions
 * and articles, its first and last report, and keeps the first event as its representative.
 */
final class Clusters {
  /** How many days apart two reports of one event may date it: reports round and late-report days. */
  static final int DAYS = 3;

  private final Connection connection;

  Clusters(Connection connection) {
    this.connection = connection;
  }

  /** The day an event took place, for clustering and date filters: the first day its date covers, or null. */
  static LocalDate eventDay(Event e) {
    String start = e.date().start();
    if (start != null) {
      return LocalDate.parse(start);
    }
    String v = e.date().value();
    return v != null && v.length() == 10 ? LocalDate.parse(v) : null;
  }

  /** Files the event into its cluster, creating one where none fits; returns the cluster's id. */
  long file(Event e, String articleId, String eventId) throws SQLException {
    LocalDate day = eventDay(e);
    String sourceKey = e.source().key();
    String targetKey = e.target() == null ? null : e.target().key();
    Long found = null;
    try (PreparedStatement p = connection.prepareStatement("SELECT id FROM clusters WHERE root = ? "
        + "AND source_key IS NOT DISTINCT FROM ? AND target_key IS NOT DISTINCT FROM ? "
        + "AND (event_day IS NULL AND ? IS NULL OR abs(date_diff('day', event_day, ?)) <= " + DAYS + ") "
        + "ORDER BY abs(date_diff('day', event_day, ?)) NULLS FIRST, id LIMIT 1")) {
      p.setString(1, e.type().root());
      p.setString(2, sourceKey);
      p.setString(3, targetKey);
      for (int i = 4; i <= 6; i++) {
        EventStore.setDate(p, i, day);
      }
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          found = r.getLong(1);
        }
      }
    }
    LocalDate published = e.article().published();
    if (found == null) {
      long id = nextId();
      try (PreparedStatement p = connection.prepareStatement(
          "INSERT INTO clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?)")) {
        p.setLong(1, id);
        p.setString(2, e.type().cameo());
        p.setString(3, e.type().root());
        p.setString(4, sourceKey);
        p.setString(5, targetKey);
        EventStore.setDate(p, 6, day);
        EventStore.setDate(p, 7, published);
        EventStore.setDate(p, 8, published);
        p.setString(9, eventId);
        p.executeUpdate();
      }
      return id;
    }
    boolean newArticle = !articleHasEventIn(articleId, found);
    try (PreparedStatement p = connection.prepareStatement("UPDATE clusters SET mentions = mentions + 1, "
        + "articles = articles + ?, first_seen = least(first_seen, ?), last_seen = greatest(last_seen, ?) "
        + "WHERE id = ?")) {
      p.setInt(1, newArticle ? 1 : 0);
      EventStore.setDate(p, 2, published);
      EventStore.setDate(p, 3, published);
      p.setLong(4, found);
      p.executeUpdate();
    }
    return found;
  }

  private boolean articleHasEventIn(String articleId, long cluster) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT 1 FROM events WHERE article_id = ? AND cluster_id = ? LIMIT 1")) {
      p.setString(1, articleId);
      p.setLong(2, cluster);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  private long nextId() throws SQLException {
    try (Statement s = connection.createStatement();
         ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM clusters")) {
      r.next();
      return r.getLong(1);
    }
  }
}

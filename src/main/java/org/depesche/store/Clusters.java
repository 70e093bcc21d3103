package org.depesche.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.depesche.event.Event;
import org.depesche.time.EventDate;

/**
 * Merges the reports of one real-world event: events with the same CAMEO root and the same actor keys whose days
 * lie within {@link #DAYS} of each other (or that share no day at all) form one cluster, which counts its mentions
 * and articles, its first and last report, and keeps the first event as its representative.
 */
final class Clusters {
  /** How many days apart two reports of one event may date it: reports round and late-report days. */
  static final int DAYS = 3;

  private final Statements statements;

  Clusters(Statements statements) {
    this.statements = statements;
  }

  /** The day an event took place, for clustering and date filters: the first day its date covers, or null. */
  static LocalDate eventDay(Event e) {
    if (e.date().start() != null) {
      return e.date().start();
    }
    return e.date().precision() == EventDate.Precision.DAY ? e.date().at() : null;
  }

  /**
   * Files the event into its cluster, creating one where none fits; returns the cluster's id.
   *
   * @param articleClusters the clusters the article's events went into so far: a second event of the same article
   *                        in a cluster is one more mention, not one more article
   */
  long file(Event e, java.util.Set<Long> articleClusters) throws SQLException {
    LocalDate day = eventDay(e);
    String sourceKey = e.source().key();
    String targetKey = e.target() == null ? null : e.target().key();
    Long found = null;
    PreparedStatement find = statements.get("SELECT id FROM clusters WHERE root = ? "
        + "AND source_key IS NOT DISTINCT FROM ? AND target_key IS NOT DISTINCT FROM ? "
        + "AND (event_day IS NULL AND ? IS NULL OR abs(date_diff('day', event_day, ?)) <= " + DAYS + ") "
        + "ORDER BY abs(date_diff('day', event_day, ?)) NULLS FIRST, id LIMIT 1");
    find.setString(1, e.type().root());
    find.setString(2, sourceKey);
    find.setString(3, targetKey);
    for (int i = 4; i <= 6; i++) {
      EventStore.setDate(find, i, day);
    }
    try (ResultSet r = find.executeQuery()) {
      if (r.next()) {
        found = r.getLong(1);
      }
    }
    LocalDate published = e.article().published();
    if (found == null) {
      long id = nextId();
      PreparedStatement insert = statements.get("INSERT INTO clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?)");
      insert.setLong(1, id);
      insert.setString(2, e.type().cameo());
      insert.setString(3, e.type().root());
      insert.setString(4, sourceKey);
      insert.setString(5, targetKey);
      EventStore.setDate(insert, 6, day);
      EventStore.setDate(insert, 7, published);
      EventStore.setDate(insert, 8, published);
      insert.setString(9, e.id());
      insert.executeUpdate();
      articleClusters.add(id);
      return id;
    }
    boolean newArticle = articleClusters.add(found);
    PreparedStatement update = statements.get("UPDATE clusters SET mentions = mentions + 1, "
        + "articles = articles + ?, first_seen = least(first_seen, ?), last_seen = greatest(last_seen, ?) "
        + "WHERE id = ?");
    update.setInt(1, newArticle ? 1 : 0);
    EventStore.setDate(update, 2, published);
    EventStore.setDate(update, 3, published);
    update.setLong(4, found);
    update.executeUpdate();
    return found;
  }

  private long nextId() throws SQLException {
    // Planned afresh each time: DuckDB may answer max() from the column's statistics when it plans a statement, so a
    // cached plan kept handing out an id already taken (found by the crash test).
    try (java.sql.Statement s = statements.connection().createStatement();
         ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM clusters")) {
      r.next();
      return r.getLong(1);
    }
  }
}

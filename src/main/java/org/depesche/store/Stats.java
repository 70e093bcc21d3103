package org.depesche.store;

import java.sql.Connection;
import java.util.List;

/**
 * What a store holds, as {@code depesche stats} shows it: its counts, then real-world events by month and by CAMEO
 * root, and the most active dyads and actors.
 *
 * @param counts    articles, events and clusters
 * @param byMonth   real-world events dated to the month or day, by month
 * @param byRoot    real-world events by CAMEO root
 * @param topDyads  the dyads with the most real-world events
 * @param topActors the actors named by the most events
 */
public record Stats(EventStore.Counts counts, List<Month> byMonth, List<Root> byRoot, List<DyadCount> topDyads,
    List<ActorCount> topActors) {

  /** Real-world events in one month ("2024-10"), and the mentions they merge. */
  public record Month(String month, long events, long mentions) {}

  /** Real-world events of one CAMEO root ("04"), and the mentions they merge. */
  public record Root(String root, long events, long mentions) {}

  /** Real-world events from one actor key to another. */
  public record DyadCount(String source, String target, long events) {}

  static Stats of(EventStore store, int top) {
    Connection c = store.connection();
    // only events dated to the month or day: a year alone would pile up in January
    List<Month> months = Jdbc.list(c, "SELECT strftime(c.event_day, '%Y-%m') AS month, count(*) AS events, "
        + "sum(c.mentions) AS mentions FROM clusters c JOIN events e ON e.id = c.representative "
        + "WHERE c.event_day IS NOT NULL AND e.date_precision IN ('day', 'month') GROUP BY month ORDER BY month",
        List.of(), r -> new Month(r.getString("month"), r.getLong("events"), r.getLong("mentions")));
    List<Root> roots = Jdbc.list(c, "SELECT root, count(*) AS events, sum(mentions) AS mentions FROM clusters "
        + "GROUP BY root ORDER BY root", List.of(),
        r -> new Root(r.getString("root"), r.getLong("events"), r.getLong("mentions")));
    List<DyadCount> dyads = Jdbc.list(c, "SELECT source_key AS source, target_key AS target, count(*) AS events "
        + "FROM clusters WHERE source_key IS NOT NULL AND target_key IS NOT NULL AND source_key <> target_key "
        + "GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?", List.of(top),
        r -> new DyadCount(r.getString("source"), r.getString("target"), r.getLong("events")));
    return new Stats(store.counts(), months, roots, dyads, new StoreReader(store).actors(top));
  }
}

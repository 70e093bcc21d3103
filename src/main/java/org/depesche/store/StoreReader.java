package org.depesche.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.depesche.place.Location;

/**
 * Answers questions about a store with records: events (each real-world event once, or every mention) matching an
 * {@link EventFilter}, one event or article, the actor network, a timeline, the most active actors and
 * {@link Stats}. Its SQL stays here; callers never see a row or a column number.
 *
 * <p>It reads through the store's one connection, which is not safe for concurrent use: callers that share a store
 * between threads take turns on it.
 */
public final class StoreReader {
  /** The real-world events (clusters) with a matching mention, each shown by its representative event. */
  private static final String CLUSTERS = " FROM clusters c JOIN events e ON e.id = c.representative "
      + "WHERE c.id IN (SELECT e.cluster_id FROM events e WHERE %s) ORDER BY c.event_day NULLS LAST, c.id";
  private static final String MENTIONS = " FROM events e WHERE %s ORDER BY e.event_day NULLS LAST, e.id";
  private static final String LOCATION = "e.location_text, e.location_name, e.location_geonames, "
      + "e.location_country, e.location_admin1, e.location_lat, e.location_lon, e.location_basis";
  private static final String STORED_EVENTS = "SELECT e.record, c.id AS cluster, c.mentions, c.articles, "
      + "e.article_id, " + LOCATION + " FROM events e JOIN clusters c ON c.id = e.cluster_id ";

  private final EventStore store;
  private final Connection connection;

  public StoreReader(EventStore store) {
    this.store = store;
    this.connection = store.connection();
  }

  /** The real-world events with a mention that matches, in date order (undated last). */
  public List<ClusterRow> clusters(EventFilter filter, Page page) {
    FilterSql w = FilterSql.of(filter);
    return Jdbc.list(connection, "SELECT c.id AS cluster, e.date_value AS date, e.cameo, e.plover, "
        + "e.source_code AS source, e.target_code AS target, e.modality, c.mentions, c.articles, c.first_seen, "
        + "c.last_seen, e.location_name, e.location_country, e.evidence" + CLUSTERS.formatted(w.where()) + page.sql(),
        w.parameters(),
        r -> new ClusterRow(r.getLong("cluster"), r.getString("date"), r.getString("cameo"), r.getString("plover"),
            r.getString("source"), r.getString("target"), r.getString("modality"), r.getInt("mentions"),
            r.getInt("articles"), Jdbc.date(r, "first_seen"), Jdbc.date(r, "last_seen"),
            r.getString("location_name"), r.getString("location_country"), r.getString("evidence")));
  }

  /** Every matching event (mention), in date order (undated last). */
  public List<MentionRow> mentions(EventFilter filter, Page page) {
    FilterSql w = FilterSql.of(filter);
    return Jdbc.list(connection, "SELECT e.id, e.cluster_id AS cluster, e.date_value AS date, e.published, "
        + "e.cameo, e.plover, e.source_code AS source, e.target_code AS target, e.modality, "
        + "e.article_id AS article, e.location_name, e.location_country, e.evidence" + MENTIONS.formatted(w.where())
        + page.sql(), w.parameters(),
        r -> new MentionRow(r.getString("id"), r.getLong("cluster"), r.getString("date"), Jdbc.date(r, "published"),
            r.getString("cameo"), r.getString("plover"), r.getString("source"), r.getString("target"),
            r.getString("modality"), r.getString("article"), r.getString("location_name"),
            r.getString("location_country"), r.getString("evidence")));
  }

  /**
   * The event records (CONTRACT.md JSON) of what matches, in the order of {@link #clusters} or {@link #mentions}:
   * each real-world event's representative, or every mention.
   */
  public List<String> records(EventFilter filter, boolean mentions, Page page) {
    FilterSql w = FilterSql.of(filter);
    return Jdbc.list(connection, "SELECT e.record" + (mentions ? MENTIONS : CLUSTERS).formatted(w.where())
        + page.sql(), w.parameters(), r -> r.getString("record"));
  }

  /**
   * A page of matching events for the web API, newest first: each real-world event once (its representative) or
   * every mention, with how many match in all.
   */
  public EventPage events(EventFilter filter, boolean mentions, Page page) {
    FilterSql w = FilterSql.of(filter);
    String matching = mentions ? "SELECT e.id FROM events e WHERE " + w.where()
        : "SELECT c.representative FROM clusters c WHERE c.id IN (SELECT e.cluster_id FROM events e WHERE "
            + w.where() + ")";
    long total = Jdbc.list(connection, "SELECT count(*) AS n FROM (" + matching + ")", w.parameters(),
        r -> r.getLong("n")).get(0);
    List<StoredEvent> events = Jdbc.list(connection, STORED_EVENTS + "WHERE e.id IN (" + matching + ") "
        + "ORDER BY e.event_day DESC NULLS LAST, e.id" + page.sql(), w.parameters(), StoreReader::storedEvent);
    return new EventPage(total, events);
  }

  /** The event with this id, if stored. */
  public Optional<StoredEvent> event(String id) {
    return Jdbc.list(connection, STORED_EVENTS + "WHERE e.id = ?", List.of(id), StoreReader::storedEvent).stream()
        .findFirst();
  }

  /** The article with this id, if stored, with its events in sentence order. */
  public Optional<StoredArticle> article(String id) {
    List<StoredEvent> events = Jdbc.list(connection, STORED_EVENTS + "WHERE e.article_id = ? "
        + "ORDER BY e.sentence, e.id", List.of(id), StoreReader::storedEvent);
    return Jdbc.list(connection, "SELECT id, url, title, published, text FROM articles WHERE id = ?", List.of(id),
        r -> new StoredArticle(r.getString("id"), r.getString("url"), r.getString("title"), Jdbc.date(r, "published"),
            r.getString("text"), events)).stream().findFirst();
  }

  /** The actor pairs with the most real-world events among those matching, for the network. */
  public List<Dyad> dyads(EventFilter filter, int limit) {
    FilterSql w = FilterSql.of(filter);
    return Jdbc.list(connection, "SELECT e.source_key AS source, e.target_key AS target, "
        + "count(DISTINCT e.cluster_id) AS events, round(avg(e.goldstein), 2) AS goldstein FROM events e "
        + "WHERE e.source_key IS NOT NULL AND e.target_key IS NOT NULL AND e.source_key <> e.target_key AND "
        + w.where() + " GROUP BY ALL ORDER BY events DESC, source, target" + Page.first(limit).sql(), w.parameters(),
        r -> new Dyad(r.getString("source"), r.getString("target"), r.getLong("events"), r.getDouble("goldstein")));
  }

  /**
   * Matching real-world events per day, week or month, by quad class; undated events are left out.
   *
   * @param unit {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} or {@link ChronoUnit#MONTHS}
   */
  public List<Period> timeline(EventFilter filter, ChronoUnit unit) {
    String trunc = switch (unit) {
      case DAYS -> "day";
      case WEEKS -> "week";
      case MONTHS -> "month";
      default -> throw new IllegalArgumentException("a timeline is by days, weeks or months, not " + unit);
    };
    FilterSql w = FilterSql.of(filter);
    return Jdbc.list(connection, "SELECT strftime(date_trunc('" + trunc + "', e.event_day), '%Y-%m-%d') AS period, "
        + "count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class = 1) AS quad1, "
        + "count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class = 2) AS quad2, "
        + "count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class = 3) AS quad3, "
        + "count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class = 4) AS quad4 "
        + "FROM events e WHERE e.event_day IS NOT NULL AND " + w.where() + " GROUP BY period ORDER BY period",
        w.parameters(), r -> new Period(r.getString("period"), r.getLong("quad1"), r.getLong("quad2"),
            r.getLong("quad3"), r.getLong("quad4")));
  }

  /**
   * Where the matching real-world events took place, for a map: the located places (with coordinates) and the
   * countries, each with how many real-world events have a matching mention there. A real-world event whose
   * mentions name several places counts at each.
   */
  public Places places(EventFilter filter) {
    FilterSql w = FilterSql.of(filter);
    List<Places.Place> places = Jdbc.list(connection, "SELECT e.location_name AS name, e.location_geonames AS geonames, "
        + "e.location_country AS country, e.location_admin1 AS admin1, e.location_lat AS lat, e.location_lon AS lon, "
        + "count(DISTINCT e.cluster_id) AS events FROM events e WHERE e.location_lat IS NOT NULL AND "
        + "e.location_lon IS NOT NULL AND " + w.where() + " GROUP BY ALL ORDER BY events DESC, name",
        w.parameters(), r -> new Places.Place(r.getString("name"), (Long) r.getObject("geonames"),
            r.getString("country"), r.getString("admin1"), r.getDouble("lat"), r.getDouble("lon"),
            r.getLong("events")));
    List<Places.Country> countries = Jdbc.list(connection, "SELECT e.location_country AS country, "
        + "count(DISTINCT e.cluster_id) AS events, "
        + "count(DISTINCT e.cluster_id) FILTER (WHERE e.location_lat IS NULL) AS country_level "
        + "FROM events e WHERE e.location_country IS NOT NULL AND " + w.where()
        + " GROUP BY country ORDER BY events DESC, country", w.parameters(),
        r -> Places.Country.of(r.getString("country"), r.getLong("events"), r.getLong("country_level")));
    return new Places(places, countries);
  }

  /** The actors named by the most events, on either side. */
  public List<ActorCount> actors(int limit) {
    return Jdbc.list(connection, "SELECT key, name, events FROM actors ORDER BY events DESC, key"
        + Page.first(limit).sql(), List.of(),
        r -> new ActorCount(r.getString("key"), r.getString("name"), r.getLong("events")));
  }

  /** The store's counts and its sections by month and root, with the top {@code top} dyads and actors. */
  public Stats stats(int top) {
    return Stats.of(store, top);
  }

  private static StoredEvent storedEvent(ResultSet r) throws SQLException {
    return new StoredEvent(r.getString("record"),
        new StoredEvent.Cluster(r.getLong("cluster"), r.getInt("mentions"), r.getInt("articles")),
        r.getString("article_id"), location(r));
  }

  /** The location columns of a row as a {@link Location}, or null where the event has none. */
  private static Location location(ResultSet r) throws SQLException {
    String country = r.getString("location_country");
    String basis = r.getString("location_basis");
    if (country == null || basis == null) {
      return null;
    }
    return new Location(r.getString("location_text"), r.getString("location_name"),
        (Long) r.getObject("location_geonames"), country, r.getString("location_admin1"),
        (Double) r.getObject("location_lat"), (Double) r.getObject("location_lon"),
        Location.Basis.valueOf(basis.toUpperCase(java.util.Locale.ROOT)));
  }
}

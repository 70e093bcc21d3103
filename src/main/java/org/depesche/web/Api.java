package org.depesche.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depesche.store.EventQuery;
import org.depesche.store.EventStore;
import org.depesche.store.StoreReader;

/**
 * The REST endpoints: events with the filters of {@code depesche query} and paging, one event with its article and
 * cluster, actors, dyads for the network, a timeline by quad class, and an article with its events. The store's
 * one connection is shared, so requests take turns on it.
 */
final class Api {
  static final int MAX_PAGE = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventStore store;
  private final StoreReader reader;

  Api(EventStore store) {
    this.store = store;
    this.reader = new StoreReader(store);
  }

  void events(Context ctx) throws Exception {
    int limit = intParam(ctx, "limit", 50, 1, MAX_PAGE);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    boolean mentions = Boolean.parseBoolean(ctx.queryParam("mentions"));
    StoreReader.Page page;
    synchronized (store) {
      page = reader.page(query(ctx), mentions, limit, offset);
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("total", page.total());
    out.put("limit", limit);
    out.put("offset", offset);
    ArrayNode events = out.putArray("events");
    for (List<Object> row : page.rows().rows()) {
      events.add(withCluster(row));
    }
    ctx.json(out);
  }

  void event(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    StoreReader.Table t;
    synchronized (store) {
      t = reader.table("SELECT e.record, c.id, c.mentions, c.articles, a.id, a.url, a.title, a.published "
          + "FROM events e JOIN clusters c ON c.id = e.cluster_id JOIN articles a ON a.id = e.article_id "
          + "WHERE e.id = ?", List.of(id));
    }
    if (t.rows().isEmpty()) {
      throw new WebServer.NotFound("no event " + id);
    }
    List<Object> row = t.rows().get(0);
    ObjectNode out = withCluster(row);
    ObjectNode article = out.putObject("stored_article");
    article.put("id", (String) row.get(4));
    article.put("url", (String) row.get(5));
    article.put("title", (String) row.get(6));
    article.put("published", row.get(7) == null ? null : row.get(7).toString());
    ctx.json(out);
  }

  void actors(Context ctx) throws Exception {
    int limit = intParam(ctx, "limit", 100, 1, MAX_PAGE);
    synchronized (store) {
      ctx.json(objects(reader.table("SELECT key, name, events FROM actors ORDER BY events DESC, key LIMIT ?",
          List.of(limit))));
    }
  }

  void dyads(Context ctx) throws Exception {
    int limit = intParam(ctx, "limit", 60, 1, MAX_PAGE);
    EventQuery q = query(ctx);
    synchronized (store) {
      ctx.json(objects(reader.dyads(q, limit)));
    }
  }

  void timeline(Context ctx) throws Exception {
    String unit = ctx.queryParamAsClass("unit", String.class).getOrDefault("month");
    if (!List.of("day", "week", "month").contains(unit)) {
      throw new IllegalArgumentException("unit takes day, week or month, not '" + unit + "'");
    }
    EventQuery q = query(ctx);
    synchronized (store) {
      ctx.json(objects(reader.timeline(q, unit)));
    }
  }

  void article(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    StoreReader.Table a;
    StoreReader.Table events;
    synchronized (store) {
      a = reader.table("SELECT id, url, title, published, text FROM articles WHERE id = ?", List.of(id));
      events = reader.table("SELECT e.record, c.id, c.mentions, c.articles FROM events e "
          + "JOIN clusters c ON c.id = e.cluster_id WHERE e.article_id = ? ORDER BY e.sentence, e.id", List.of(id));
    }
    if (a.rows().isEmpty()) {
      throw new WebServer.NotFound("no article " + id);
    }
    ObjectNode out = JSON.createObjectNode();
    List<Object> r = a.rows().get(0);
    out.put("id", (String) r.get(0));
    out.put("url", (String) r.get(1));
    out.put("title", (String) r.get(2));
    out.put("published", r.get(3) == null ? null : r.get(3).toString());
    out.put("text", (String) r.get(4));
    ArrayNode list = out.putArray("events");
    for (List<Object> row : events.rows()) {
      list.add(withCluster(row));
    }
    ctx.json(out);
  }

  /** The query's filters from the request, checked as {@code depesche query} checks them. */
  static EventQuery query(Context ctx) {
    String dyad = ctx.queryParam("dyad");
    String quad = ctx.queryParam("quad");
    Integer q = null;
    if (quad != null && !quad.isBlank()) {
      try {
        q = Integer.parseInt(quad);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("quad takes 1 to 4, not '" + quad + "'");
      }
    }
    String by = ctx.queryParam("by");
    if (by != null && !by.equals("event") && !by.equals("published")) {
      throw new IllegalArgumentException("by takes event or published, not '" + by + "'");
    }
    return new EventQuery(blank(ctx.queryParam("actor")),
        dyad == null || dyad.isBlank() ? List.of() : List.of(dyad.split(",")), blank(ctx.queryParam("cameo")),
        blank(ctx.queryParam("plover")), q, date(ctx.queryParam("from")), date(ctx.queryParam("to")),
        "published".equals(by), blank(ctx.queryParam("modality")), blank(ctx.queryParam("text")));
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " takes a whole number from " + min + " to " + max + ", not '"
          + v + "'");
    }
  }

  private static String blank(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static LocalDate date(String v) {
    return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
  }

  /** The event record with its cluster: the record's columns, then cluster id, mentions, articles. */
  private static ObjectNode withCluster(List<Object> row) throws com.fasterxml.jackson.core.JsonProcessingException {
    ObjectNode record = (ObjectNode) JSON.readTree((String) row.get(0));
    ObjectNode cluster = record.putObject("cluster");
    cluster.put("id", ((Number) row.get(1)).longValue());
    cluster.put("mentions", ((Number) row.get(2)).intValue());
    cluster.put("articles", ((Number) row.get(3)).intValue());
    return record;
  }

  private static List<Map<String, Object>> objects(StoreReader.Table t) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> row : t.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < t.columns().size(); i++) {
        Object v = row.get(i);
        m.put(t.columns().get(i), v instanceof java.math.BigInteger || v instanceof java.math.BigDecimal
            ? ((Number) v).doubleValue() : v);
      }
      out.add(m);
    }
    return out;
  }

}

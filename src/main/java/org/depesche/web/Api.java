package org.depesche.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import org.depesche.store.EventFilter;
import org.depesche.store.EventPage;
import org.depesche.store.EventStore;
import org.depesche.store.InvalidFilterException;
import org.depesche.store.Page;
import org.depesche.store.StoredArticle;
import org.depesche.store.StoredEvent;
import org.depesche.store.StoreReader;

/**
 * The REST endpoints: events with the filters of {@code depesche query} and paging, one event with its article and
 * cluster, actors, dyads for the network, a timeline by quad class, the places of events for the map, and an
 * article with its events. The store's one connection is shared, so requests take turns on it.
 */
final class Api {
  static final int MAX_PAGE = 500;
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final Map<String, ChronoUnit> UNITS =
      Map.of("day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS, "month", ChronoUnit.MONTHS);

  private final EventStore store;
  private final StoreReader reader;
  private final boolean live;

  Api(EventStore store, boolean live) {
    this.store = store;
    this.reader = new StoreReader(store);
    this.live = live;
  }

  /**
   * What the store holds now, and whether it may grow while served: the page asks every few seconds when it may,
   * and reloads what it shows when the numbers change.
   */
  void status(Context ctx) {
    EventStore.Counts n;
    synchronized (store) {
      n = store.counts();
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("articles", n.articles());
    out.put("events", n.events());
    out.put("clusters", n.clusters());
    out.put("live", live);
    out.put("readOnly", store.readOnly());
    ctx.json(out);
  }

  void events(Context ctx) throws JsonProcessingException {
    int limit = limit(ctx, 50);
    int offset = param(ctx, "offset", Integer.class, 0, n -> n >= 0, "takes a whole number of 0 or more");
    boolean mentions = Boolean.parseBoolean(ctx.queryParam("mentions"));
    EventFilter filter = filter(ctx);
    EventPage page;
    synchronized (store) {
      page = reader.events(filter, mentions, new Page(limit, offset));
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("total", page.total());
    out.put("limit", limit);
    out.put("offset", offset);
    ctx.json(withEvents(out, page.events()));
  }

  void event(Context ctx) throws JsonProcessingException {
    String id = ctx.pathParam("id");
    StoredEvent e;
    StoredArticle a;
    synchronized (store) {
      e = reader.event(id).orElseThrow(() -> new NotFoundResponse("no event " + id));
      a = reader.article(e.articleId()).orElseThrow(() -> new NotFoundResponse("no article " + e.articleId()));
    }
    ObjectNode out = json(e);
    describe(out.putObject("stored_article"), a);
    ctx.json(out);
  }

  void actors(Context ctx) {
    int limit = limit(ctx, 100);
    synchronized (store) {
      ctx.json(reader.actors(limit));
    }
  }

  void dyads(Context ctx) {
    int limit = limit(ctx, 60);
    EventFilter filter = filter(ctx);
    synchronized (store) {
      ctx.json(reader.dyads(filter, limit));
    }
  }

  void timeline(Context ctx) {
    String unit = param(ctx, "unit", String.class, "month", UNITS::containsKey, "takes day, week or month");
    EventFilter filter = filter(ctx);
    synchronized (store) {
      ctx.json(reader.timeline(filter, UNITS.get(unit)));
    }
  }

  void places(Context ctx) {
    EventFilter filter = filter(ctx);
    synchronized (store) {
      ctx.json(reader.places(filter));
    }
  }

  void article(Context ctx) throws JsonProcessingException {
    String id = ctx.pathParam("id");
    StoredArticle a;
    synchronized (store) {
      a = reader.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
    }
    ctx.json(withEvents(describe(JSON.createObjectNode(), a).put("text", a.text()), a.events()));
  }

  /** The filters of {@code depesche query}, from the query parameters of the same names. */
  private static EventFilter filter(Context ctx) {
    try {
      return EventFilter.parse(ctx::queryParam);
    } catch (InvalidFilterException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  private static int limit(Context ctx, int fallback) {
    return param(ctx, "limit", Integer.class, fallback, n -> n >= 1 && n <= MAX_PAGE,
        "takes a whole number from 1 to " + MAX_PAGE);
  }

  /**
   * A parameter converted and checked by Javalin's validator; absent or blank, the fallback (as an absent filter).
   *
   * @throws BadRequestResponse naming the parameter, what it takes and what it got, when it cannot be converted or
   *                            does not fit
   */
  private static <T> T param(Context ctx, String name, Class<T> type, T fallback, Predicate<T> fits, String takes) {
    String given = ctx.queryParam(name);
    if (given == null || given.isBlank()) {
      return fallback;
    }
    return ctx.queryParamAsClass(name, type).check(fits::test, takes)
        .getOrThrow(errors -> new BadRequestResponse(name + " " + takes + ", not '" + given + "'"));
  }

  /** The article's id, URL, title and publication date, put into {@code out}. */
  private static ObjectNode describe(ObjectNode out, StoredArticle a) {
    out.put("id", a.id());
    out.put("url", a.url());
    out.put("title", a.title());
    out.put("published", a.published() == null ? null : a.published().toString());
    return out;
  }

  /** {@code out} with an {@code events} array of the events as {@link #json} gives them. */
  private static ObjectNode withEvents(ObjectNode out, List<StoredEvent> events) throws JsonProcessingException {
    ArrayNode array = out.putArray("events");
    for (StoredEvent e : events) {
      array.add(json(e));
    }
    return out;
  }

  /**
   * The event record with its cluster added: the record's fields, then {@code cluster}. A record written before
   * events had a location gets a null {@code location} (the store has none for it either), so every event carries
   * the field.
   */
  private static ObjectNode json(StoredEvent e) throws JsonProcessingException {
    ObjectNode record = (ObjectNode) JSON.readTree(e.record());
    if (!record.has("location")) {
      record.putNull("location");
    }
    record.set("cluster", JSON.valueToTree(e.cluster()));
    return record;
  }
}

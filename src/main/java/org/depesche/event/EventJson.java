package org.depesche.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.depesche.actor.Actor;
import org.depesche.article.Article;
import org.depesche.place.Location;

/** Writes events as the JSON record of {@code CONTRACT.md}. */
public final class EventJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  /** The event as one line of JSON. */
  public static String line(Event e) {
    return toNode(e).toString();
  }

  /** The event as a JSON tree. */
  public static ObjectNode toNode(Event e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", e.id());
    Article a = e.article();
    ObjectNode article = n.putObject("article");
    article.put("id", a.id());
    article.put("title", a.title());
    article.put("url", a.url());
    article.put("published", a.published() == null ? null : a.published().toString());
    article.put("lang", a.lang());
    n.put("sentence", e.sentence());
    n.putArray("span").add(e.begin()).add(e.end());
    n.put("evidence", e.evidence());
    n.put("trigger", e.trigger());
    EventType t = e.type();
    ObjectNode event = n.putObject("event");
    event.put("cameo", t.cameo());
    event.put("root", t.root());
    event.put("name", t.name());
    event.put("plover", t.plover());
    event.put("mode", t.mode());
    event.put("quad_class", t.quadClass());
    event.put("goldstein", t.goldstein());
    n.set("source", actor(e.source()));
    n.set("target", actor(e.target()));
    ObjectNode date = n.putObject("date");
    date.put("value", e.date().value());
    date.put("precision", e.date().precision() == null ? null : e.date().precision().label());
    date.put("basis", e.date().basis() == null ? null : e.date().basis().label());
    date.put("text", e.date().text());
    date.put("start", e.date().start() == null ? null : e.date().start().toString());
    date.put("end", e.date().end() == null ? null : e.date().end().toString());
    n.put("modality", e.modality().label());
    n.put("reported", e.reported());
    ArrayNode contexts = n.putArray("contexts");
    e.contexts().forEach(contexts::add);
    if (e.amount() == null) {
      n.putNull("amount");
    } else {
      ObjectNode amount = n.putObject("amount");
      amount.put("value", e.amount().value());
      amount.put("currency", e.amount().currency());
      amount.put("unit", e.amount().unit());
      amount.put("text", e.amount().text());
    }
    if (e.quote() == null) {
      n.putNull("quote");
    } else {
      n.putObject("quote").put("speaker", e.quote().speaker()).put("text", e.quote().text());
    }
    location(n, e.location());
    n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
    return n;
  }

  private static void location(ObjectNode n, Location l) {
    if (l == null) {
      n.putNull("location");
      return;
    }
    ObjectNode o = n.putObject("location");
    o.put("text", l.text());
    o.put("name", l.name());
    o.put("geonames", l.geonames());
    o.put("country", l.country());
    o.put("admin1", l.admin1());
    o.put("lat", l.latitude());
    o.put("lon", l.longitude());
    o.put("basis", l.basis().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static ObjectNode actor(Actor a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("text", a.text());
    n.put("name", a.name());
    n.put("country", a.country());
    n.put("org", a.org());
    n.put("sector", a.sector());
    n.put("code", a.code());
    return n;
  }
}

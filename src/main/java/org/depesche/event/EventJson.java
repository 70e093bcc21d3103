package org.depesche.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.depesche.actor.Actor;
import org.depesche.article.Article;

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
    n.put("id", id(e));
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
    date.put("precision", e.date().precision());
    date.put("basis", e.date().basis());
    date.put("text", e.date().text());
    date.put("start", e.date().start());
    date.put("end", e.date().end());
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
    n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
    return n;
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

  /** Stable: the same article text and event give the same id on every run. */
  static String id(Event e) {
    String key = String.join("\u0000", e.article().id(), Integer.toString(e.begin()), Integer.toString(e.triggerAt()),
        e.type().cameo(), String.valueOf(e.source().code()), String.valueOf(e.source().text()),
        e.target() == null ? "" : String.valueOf(e.target().code()) + e.target().text(), e.article().text());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}

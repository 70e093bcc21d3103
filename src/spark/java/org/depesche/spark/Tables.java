package org.depesche.spark;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.depesche.actor.Actor;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.event.Event;
import org.depesche.event.EventJson;
import org.depesche.place.Location;
import org.depesche.time.EventDate;

/**
 * The three tables the job writes, as Spark rows. {@code events} has the columns of {@code depesche export --format
 * parquet} in its order (the store's event columns, {@code url} and {@code title}; {@code cluster_id} is null, as
 * clusters are formed when the events enter a store), then {@code record}, the event's JSON record, which
 * {@code depesche ingest} reads back, and the partition columns {@code event_month} ({@code 2024-05}, or
 * {@code unknown}) and {@code lang}. {@code articles} holds every article coded, with or without events, and
 * {@code errors} one row per record that could not be read or coded. Dates are {@link LocalDate}s, which Spark takes
 * with {@link #JAVA_TIME} on.
 */
final class Tables {
  /** The partition value of events whose day is not known. */
  static final String UNKNOWN_MONTH = "unknown";

  /** The Spark setting under which date columns hold {@code java.time.LocalDate}. */
  static final String JAVA_TIME = "spark.sql.datetime.java8API.enabled";

  static final StructType EVENTS = schema(
      "id", "string", "article_id", "string", "cluster_id", "long", "sentence", "int", "evidence", "string",
      "trigger_word", "string", "cameo", "string", "root", "string", "plover", "string", "quad_class", "int",
      "goldstein", "double",
      "source_code", "string", "source_key", "string", "source_country", "string", "source_org", "string",
      "source_sector", "string", "source_name", "string",
      "target_code", "string", "target_key", "string", "target_country", "string", "target_org", "string",
      "target_sector", "string", "target_name", "string",
      "date_value", "string", "date_precision", "string", "date_basis", "string", "event_day", "date",
      "published", "date", "modality", "string", "reported", "boolean", "amount_value", "double",
      "amount_unit", "string",
      "location_name", "string", "location_text", "string", "location_geonames", "long", "location_country",
      "string", "location_admin1", "string", "location_lat", "double", "location_lon", "double", "location_basis",
      "string",
      "url", "string", "title", "string", "record", "string", "event_month", "string", "lang", "string");

  static final StructType ARTICLES = schema("id", "string", "url", "string", "title", "string", "published", "date",
      "text", "string", "events", "int", "lang", "string");

  static final StructType ERRORS = schema("where", "string", "message", "string", "stage", "string");

  private Tables() {}

  /** One row of {@code events}; values as {@code EventStore} stores them. */
  static Row event(Event e) {
    Article a = e.article();
    LocalDate day = eventDay(e.date());
    Location l = e.location();
    Object[] v = {
        e.id(), a.id(), null, e.sentence(), e.evidence(), e.trigger(), e.type().cameo(), e.type().root(),
        e.type().plover(), e.type().quadClass(), e.type().goldstein(),
        null, null, null, null, null, null, null, null, null, null, null, null,
        e.date().value(), e.date().precision() == null ? null : e.date().precision().label(),
        e.date().basis() == null ? null : e.date().basis().label(), day, a.published(),
        e.modality().label(), e.reported(),
        e.amount() == null ? null : e.amount().value(),
        e.amount() == null ? null : e.amount().currency() != null ? e.amount().currency() : e.amount().unit(),
        l == null ? null : l.name(), l == null ? null : l.text(), l == null ? null : l.geonames(),
        l == null ? null : l.country(), l == null ? null : l.admin1(), l == null ? null : l.latitude(),
        l == null ? null : l.longitude(), l == null ? null : l.basis().name().toLowerCase(Locale.ROOT),
        a.url(), a.title(), EventJson.line(e), day == null ? UNKNOWN_MONTH : day.toString().substring(0, 7),
        a.lang()};
    actor(v, 11, e.source());
    actor(v, 17, e.target());
    return RowFactory.create(v);
  }

  /** One row of {@code articles}. */
  static Row article(Article a, int events) {
    return RowFactory.create(a.id(), a.url(), a.title(), a.published(), a.text(), events, a.lang());
  }

  /** One row of {@code errors}; {@code stage} is {@code read} or {@code code}. */
  static Row error(Problem p, String stage) {
    return RowFactory.create(p.where(), p.message(), stage);
  }

  /** The first day the event's date covers, as the store's {@code event_day}; null when not known to the day. */
  static LocalDate eventDay(EventDate d) {
    if (d.start() != null) {
      return d.start();
    }
    return d.precision() == EventDate.Precision.DAY ? d.at() : null;
  }

  private static void actor(Object[] v, int i, Actor a) {
    if (a != null) {
      v[i] = a.code();
      v[i + 1] = a.key();
      v[i + 2] = a.country();
      v[i + 3] = a.org();
      v[i + 4] = a.sector();
      v[i + 5] = a.name() != null ? a.name() : a.text();
    }
  }

  private static StructType schema(String... namesAndTypes) {
    StructType t = new StructType();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      t = t.add(namesAndTypes[i], type(namesAndTypes[i + 1]), true);
    }
    return t;
  }

  private static DataType type(String name) {
    return switch (name) {
      case "string" -> DataTypes.StringType;
      case "long" -> DataTypes.LongType;
      case "int" -> DataTypes.IntegerType;
      case "double" -> DataTypes.DoubleType;
      case "boolean" -> DataTypes.BooleanType;
      case "date" -> DataTypes.DateType;
      default -> throw new IllegalArgumentException(name);
    };
  }
}

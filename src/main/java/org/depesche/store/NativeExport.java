package org.depesche.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Depesche's own exports: every field of the event record (CONTRACT.md) and its real-world event (cluster), one
 * row per coded event. CSV and Parquet flatten the record into the columns of {@link #COLUMNS}, named by their path
 * ({@code source_country} for {@code source.country}); CSV quotes the codes so that {@code "036"} stays a string for
 * readers that honour quotes, Parquet types dates as dates and numbers as numbers. JSON Lines writes the record
 * itself with a {@code cluster} object added.
 */
final class NativeExport {
  /** A column of the flat exports: its name, and the SQL over {@code events e, articles a, clusters c} that fills it. */
  record Column(String name, String sql, boolean code) {}

  private static final String CONTEXTS = "array_to_string(list_transform(from_json(json_extract(e.record, "
      + "'$.contexts'), '[\"VARCHAR\"]'), x -> trim(x)), ';')";

  /** The flat exports' columns, in order. */
  static final List<Column> COLUMNS = List.of(
      col("id", "e.id", false),
      col("cluster_id", "e.cluster_id", false),
      col("cluster_mentions", "c.mentions", false),
      col("cluster_articles", "c.articles", false),
      col("cluster_first_seen", "c.first_seen", false),
      col("cluster_last_seen", "c.last_seen", false),
      col("article_id", "e.article_id", false),
      col("article_title", "a.title", false),
      col("article_url", "a.url", false),
      col("article_published", "a.published", false),
      col("article_lang", "a.language", true),
      col("article_stored_utc", "a.ingested", false),
      col("sentence", "e.sentence", false),
      col("span_begin", "TRY_CAST(json_extract(e.record, '$.span[0]') AS INTEGER)", false),
      col("span_end", "TRY_CAST(json_extract(e.record, '$.span[1]') AS INTEGER)", false),
      col("evidence", "e.evidence", false),
      col("trigger", "e.trigger_word", false),
      col("event_cameo", "e.cameo", true),
      col("event_root", "e.root", true),
      col("event_name", "json_extract_string(e.record, '$.event.name')", false),
      col("event_plover", "e.plover", true),
      col("event_mode", "nullif(trim(json_extract_string(e.record, '$.event.mode')), '')", true),
      col("event_quad_class", "e.quad_class", false),
      col("event_goldstein", "e.goldstein", false),
      col("source_text", "json_extract_string(e.record, '$.source.text')", false),
      col("source_name", "json_extract_string(e.record, '$.source.name')", false),
      col("source_country", "e.source_country", true),
      col("source_org", "e.source_org", true),
      col("source_sector", "e.source_sector", true),
      col("source_code", "e.source_code", true),
      col("target_text", "json_extract_string(e.record, '$.target.text')", false),
      col("target_name", "json_extract_string(e.record, '$.target.name')", false),
      col("target_country", "e.target_country", true),
      col("target_org", "e.target_org", true),
      col("target_sector", "e.target_sector", true),
      col("target_code", "e.target_code", true),
      col("date_value", "e.date_value", false),
      col("date_precision", "e.date_precision", false),
      col("date_basis", "e.date_basis", false),
      col("date_text", "json_extract_string(e.record, '$.date.text')", false),
      col("date_start", "TRY_CAST(json_extract_string(e.record, '$.date.start') AS DATE)", false),
      col("date_end", "TRY_CAST(json_extract_string(e.record, '$.date.end') AS DATE)", false),
      col("event_day", "e.event_day", false),
      col("modality", "e.modality", false),
      col("reported", "e.reported", false),
      col("contexts", CONTEXTS, true),
      col("amount_value", "TRY_CAST(json_extract(e.record, '$.amount.value') AS DOUBLE)", false),
      col("amount_currency", "json_extract_string(e.record, '$.amount.currency')", true),
      col("amount_unit", "json_extract_string(e.record, '$.amount.unit')", false),
      col("amount_text", "json_extract_string(e.record, '$.amount.text')", false),
      col("quote_speaker", "json_extract_string(e.record, '$.quote.speaker')", false),
      col("quote_text", "json_extract_string(e.record, '$.quote.text')", false),
      col("location_text", "e.location_text", false),
      col("location_name", "e.location_name", false),
      col("location_geonames", "e.location_geonames", false),
      col("location_country", "e.location_country", true),
      col("location_admin1", "e.location_admin1", false),
      col("location_lat", "e.location_lat", false),
      col("location_lon", "e.location_lon", false),
      col("location_basis", "e.location_basis", false),
      col("confidence", "TRY_CAST(json_extract(e.record, '$.confidence') AS DOUBLE)", false));

  private static final ObjectMapper JSON = new ObjectMapper();

  private NativeExport() {}

  private static Column col(String name, String sql, boolean code) {
    return new Column(name, sql, code);
  }

  /** The flat exports' column names, in order. */
  static List<String> names() {
    return COLUMNS.stream().map(Column::name).toList();
  }

  /** DuckDB's COPY writes CSV and Parquet itself; the filter's values are bound as parameters. */
  static int copy(EventStore store, Path file, Export.Format format, EventFilter filter) {
    String target = file.toAbsolutePath().toString().replace("'", "''");
    FilterSql w = FilterSql.of(filter);
    String select = COLUMNS.stream().map(c -> c.sql() + " AS " + c.name()).collect(Collectors.joining(", "));
    String quoted = COLUMNS.stream().filter(Column::code).map(Column::name).collect(Collectors.joining(", "));
    String options = format == Export.Format.CSV ? "FORMAT CSV, HEADER, FORCE_QUOTE (" + quoted + ")"
        : "FORMAT PARQUET";
    return Jdbc.unchecked(() -> {
      try (PreparedStatement s = store.connection().prepareStatement("COPY (SELECT " + select + " FROM events e "
          + "JOIN articles a ON a.id = e.article_id JOIN clusters c ON c.id = e.cluster_id WHERE " + w.where()
          + " ORDER BY e.event_day, e.id) TO '" + target + "' (" + options + ")")) {
        for (int i = 0; i < w.parameters().size(); i++) {
          s.setObject(i + 1, w.parameters().get(i));
        }
        s.execute();
      }
      return Jdbc.list(store.connection(), "SELECT count(*) AS n FROM events e WHERE " + w.where(), w.parameters(),
          r -> r.getInt("n")).get(0);
    });
  }

  /** Writes every matching event record, its contexts trimmed, with its cluster; returns how many. */
  static int jsonLines(EventStore store, Path file, EventFilter filter) throws IOException {
    FilterSql w = FilterSql.of(filter);
    List<Map.Entry<String, ObjectNode>> rows = Jdbc.list(store.connection(), "SELECT e.record, c.id, c.mentions, "
        + "c.articles, c.first_seen, c.last_seen FROM events e JOIN clusters c ON c.id = e.cluster_id WHERE "
        + w.where() + " ORDER BY e.event_day, e.id", w.parameters(), r -> {
          ObjectNode cluster = JSON.createObjectNode();
          cluster.put("id", r.getLong("id"));
          cluster.put("mentions", r.getInt("mentions"));
          cluster.put("articles", r.getInt("articles"));
          java.time.LocalDate first = Jdbc.date(r, "first_seen");
          java.time.LocalDate last = Jdbc.date(r, "last_seen");
          cluster.put("first_seen", first == null ? null : first.toString());
          cluster.put("last_seen", last == null ? null : last.toString());
          return Map.entry(r.getString("record"), cluster);
        });
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (Map.Entry<String, ObjectNode> row : rows) {
        out.println(withCluster(row.getKey(), row.getValue()));
      }
    }
    return rows.size();
  }

  private static String withCluster(String record, ObjectNode cluster) {
    try {
      ObjectNode n = (ObjectNode) JSON.readTree(record);
      if (n.get("contexts") instanceof ArrayNode contexts) {
        ArrayNode trimmed = JSON.createArrayNode();
        contexts.forEach(c -> trimmed.add(c.asText().strip())); // records of builds before the ontology was trimmed
        n.set("contexts", trimmed);
      }
      n.set("cluster", cluster);
      return JSON.writeValueAsString(n);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored record is no JSON: " + e.getMessage(), e);
    }
  }
}

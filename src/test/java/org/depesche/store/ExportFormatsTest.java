package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depesche.actor.Actor;
import org.depesche.article.Article;
import org.depesche.event.CameoOntology;
import org.depesche.event.Event;
import org.depesche.event.Modality;
import org.depesche.time.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports as an analyst's tools read them, on a store of hand-made events (no models): GDELT's dates at their
 * precision, CAMEO's IGO and country codes, English names, the lead, the Mentions table, PLOVER's values, CSV's quoted
 * codes, Parquet's types and the cluster in JSON Lines.
 */
class ExportFormatsTest {
  private static final CameoOntology CAMEO = CameoOntology.standard();
  private static final LocalDate DAY = LocalDate.of(2024, 12, 5);
  private static final String BODY = "Brüssel – Die EU traf sich mit Russland.\n\nIm Jahr 2021 hatten die Russen "
      + "Georgien bedroht. Im März 2022 griffen Soldaten im Kosovo an.";

  @TempDir
  Path dir;

  private static Article article(String id, String url) {
    return new Article(id, "EU und Russland", url, DAY, "de", BODY);
  }

  /** An event in the sentence that starts at {@code begin} of the article's stored text (title, newline, body). */
  private static Event event(Article a, int sentence, String cameo, Actor source, Actor target, EventDate date) {
    String text = a.analysedText();
    int begin = text.indexOf(sentenceAt(text, sentence));
    String evidence = sentenceAt(text, sentence);
    return new Event(a, sentence, begin, begin + evidence.length(), evidence, 0, evidence.split(" ")[2],
        CAMEO.type(cameo).orElseThrow(), source, target, date, Modality.ASSERTED, false, null, null, 0.8);
  }

  private static String sentenceAt(String text, int n) {
    return List.of("EU und Russland", "Brüssel – Die EU traf sich mit Russland.",
        "Im Jahr 2021 hatten die Russen Georgien bedroht.", "Im März 2022 griffen Soldaten im Kosovo an.").get(n);
  }

  private static final Actor EU = new Actor("Die EU", "EU", null, "EU", "IGO");
  private static final Actor RUSSIA = new Actor("Russland", null, "RUS", null, null);
  private static final Actor RUSSIANS = new Actor("die Russen", null, "RUS", null, "MIL");
  private static final Actor GEORGIA = new Actor("Georgien", null, "GEO", null, "GOV");
  private static final Actor SOLDIERS = new Actor("Soldaten", null, "XKX", null, "MIL");

  /** Two reports of a meeting in the lead (two articles of one outlet), a threat in 2021, an attack in March 2022. */
  private EventStore stored() {
    EventStore store = EventStore.open(dir.resolve("s.duckdb"));
    Article first = article("a1", "https://www.example.org/1");
    Article second = new Article("a2", "EU und Russland", "https://example.org/2", DAY, "de", BODY + " ");
    store.add(first, List.of(
        event(first, 1, "036", EU, RUSSIA, EventDate.day(DAY, EventDate.Basis.PUBLICATION, null)),
        event(first, 2, "138", RUSSIANS, GEORGIA, new EventDate(LocalDate.of(2021, 1, 1), EventDate.Precision.YEAR,
            EventDate.Basis.EXPLICIT, "2021", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))),
        event(first, 3, "175", SOLDIERS, null, new EventDate(LocalDate.of(2022, 3, 1), EventDate.Precision.MONTH,
            EventDate.Basis.EXPLICIT, "März 2022", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31))),
        event(first, 1, "010", EU, RUSSIA, EventDate.day(DAY, EventDate.Basis.PUBLICATION, null))), "test");
    store.add(second, List.of(event(second, 1, "036", EU, RUSSIA,
        EventDate.day(DAY, EventDate.Basis.PUBLICATION, null))), "test");
    return store;
  }

  private Map<String, List<String>> gdeltByCode() throws IOException {
    Path file = dir.resolve("events.gdelt");
    try (EventStore store = stored()) {
      Export.write(store, Export.Format.GDELT, file);
    }
    Map<String, List<String>> rows = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      List<String> row = List.of(line.split("\t", -1));
      assertThat(row).hasSize(GdeltExport.COLUMNS.size());
      rows.put(row.get(GdeltExport.COLUMNS.indexOf("EventCode")), row);
    }
    return rows;
  }

  private static String col(List<String> row, String name) {
    return row.get(GdeltExport.COLUMNS.indexOf(name));
  }

  @Test
  void gdelt_keeps_a_month_or_a_year_without_inventing_a_day() throws IOException {
    Map<String, List<String>> rows = gdeltByCode();
    List<String> day = rows.get("036");
    assertThat(List.of(col(day, "SQLDATE"), col(day, "MonthYear"), col(day, "Year"), col(day, "FractionDate")))
        .as("a day: year + (month * 30 + day) / 365").containsExactly("20241205", "202412", "2024", "2025.0000");
    List<String> month = rows.get("175");
    assertThat(List.of(col(month, "SQLDATE"), col(month, "MonthYear"), col(month, "Year"), col(month,
        "FractionDate"))).containsExactly("", "202203", "2022", "");
    List<String> year = rows.get("138");
    assertThat(List.of(col(year, "SQLDATE"), col(year, "MonthYear"), col(year, "Year"), col(year, "FractionDate")))
        .containsExactly("", "", "2021", "");
  }

  @Test
  void gdelt_writes_cameo_actor_codes_and_english_names() throws IOException {
    Map<String, List<String>> rows = gdeltByCode();
    List<String> meeting = rows.get("036");
    assertThat(meeting.subList(5, 15)).as("the EU as CAMEO codes it").containsExactly("IGOEUREEC", "EUROPEAN UNION",
        "EUR", "EEC", "", "", "", "IGO", "", "");
    assertThat(meeting.subList(15, 18)).containsExactly("RUS", "RUSSIA", "RUS");
    assertThat(rows.get("138").subList(5, 8)).as("not the words 'die Russen'").containsExactly("RUSMIL", "RUSSIA",
        "RUS");
    assertThat(rows.get("138").subList(15, 18)).containsExactly("GEOGOV", "GEORGIA", "GEO");
    assertThat(rows.get("175").subList(5, 8)).as("Kosovo's CAMEO code").containsExactly("KSVMIL", "KOSOVO", "KSV");
  }

  @Test
  void gdelt_marks_events_of_the_lead_and_counts_outlets_apart_from_articles() throws IOException {
    Map<String, List<String>> rows = gdeltByCode();
    assertThat(col(rows.get("036"), "IsRootEvent")).isEqualTo("1");
    assertThat(col(rows.get("010"), "IsRootEvent")).as("a statement with no PLOVER type, in the lead").isEqualTo("1");
    assertThat(col(rows.get("138"), "IsRootEvent")).as("the second paragraph").isEqualTo("0");
    assertThat(List.of(col(rows.get("036"), "NumMentions"), col(rows.get("036"), "NumSources"),
        col(rows.get("036"), "NumArticles"))).as("two articles of example.org").containsExactly("2", "1", "2");
    assertThat(col(rows.get("036"), "DATEADDED")).matches("20\\d{12}");
    assertThat(col(rows.get("036"), "SOURCEURL")).startsWith("https://");
  }

  @Test
  void gdelt_mentions_has_one_row_per_mention_with_offsets_into_the_text() throws IOException {
    Path file = dir.resolve("mentions.gdelt");
    try (EventStore store = stored()) {
      assertThat(Export.write(store, Export.Format.GDELT_MENTIONS, file)).isEqualTo(5);
    }
    List<List<String>> rows = Files.readAllLines(file).stream().map(l -> List.of(l.split("\t", -1))).toList();
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(16));
    String text = article("a1", null).analysedText();
    List<String> threat = rows.stream().filter(r -> r.get(6).equals("3") && r.get(5).endsWith("/1")).findFirst()
        .orElseThrow();
    assertThat(threat.get(4)).isEqualTo("example.org");
    assertThat(text.substring(Integer.parseInt(threat.get(7)))).startsWith("die Russen");
    assertThat(text.substring(Integer.parseInt(threat.get(8)))).startsWith("Georgien");
    assertThat(List.of(threat.get(3), threat.get(10), threat.get(11))).containsExactly("1", "1", "80");
    assertThat(threat.get(1)).as("the event's DATEADDED").matches("20\\d{12}");
  }

  @Test
  void plover_writes_contexts_where_the_conversion_table_put_a_mode() throws IOException {
    Path file = dir.resolve("events.plover");
    try (EventStore store = stored()) {
      assertThat(Export.write(store, Export.Format.PLOVER, file)).as("not the statement (010)").isEqualTo(4);
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0).split("\t")).containsExactlyElementsOf(PloverExport.COLUMNS);
    List<String> repression = lines.stream().filter(l -> l.contains("\tASSAULT\t")).map(l -> List.of(l.split("\t",
        -1))).findFirst().orElseThrow();
    assertThat(repression.subList(1, 7)).containsExactly("2022-03", "ASSAULT", "", "-9.3", "4",
        "pro_autocracy;military");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\tAGREE\t", "\tEuropean Union\t", "\tdiplomatic\t"));
  }

  @Test
  void csv_quotes_codes_and_parquet_types_dates() throws IOException, SQLException {
    Path csv = dir.resolve("events.csv");
    Path parquet = dir.resolve("events.parquet");
    try (EventStore store = stored()) {
      Export.write(store, Export.Format.CSV, csv);
      Export.write(store, Export.Format.PARQUET, parquet);
    }
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0).replace("\"", "").split(",")).containsExactlyElementsOf(NativeExport.names());
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",\"036\",\"03\","));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('"
             + parquet + "'))")) {
      Map<String, String> types = new HashMap<>();
      while (r.next()) {
        types.put(r.getString(1), r.getString(2));
      }
      assertThat(types).containsEntry("event_cameo", "VARCHAR").containsEntry("date_start", "DATE")
          .containsEntry("article_published", "DATE").containsEntry("confidence", "DOUBLE")
          .containsEntry("cluster_mentions", "INTEGER").containsEntry("reported", "BOOLEAN");
      assertThat(types.keySet()).containsExactlyInAnyOrderElementsOf(NativeExport.names());
    }
  }

  @Test
  void json_lines_carry_the_cluster_and_trimmed_contexts() throws IOException, SQLException {
    Path file = dir.resolve("events.jsonl");
    try (EventStore store = stored()) {
      // a record of a build before the contexts were trimmed
      try (Statement s = store.connection().createStatement()) {
        s.execute("UPDATE events SET record = replace(record, '\"military\"', '\" military\"') WHERE cameo = '175'");
      }
      Export.write(store, Export.Format.JSONL, file);
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> records = Files.readAllLines(file).stream().map(l -> {
      try {
        return json.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    assertThat(records).hasSize(5).allSatisfy(r -> assertThat(r.path("cluster").path("id").isNumber()).isTrue());
    JsonNode repression = records.stream().filter(r -> r.path("event").path("cameo").asText().equals("175"))
        .findFirst().orElseThrow();
    assertThat(repression.path("contexts").toString()).isEqualTo("[\"pro_autocracy\",\"military\"]");
    assertThat(records.stream().filter(r -> r.path("event").path("cameo").asText().equals("036")))
        .allSatisfy(r -> assertThat(r.path("cluster").path("mentions").asInt()).isEqualTo(2));
  }
}

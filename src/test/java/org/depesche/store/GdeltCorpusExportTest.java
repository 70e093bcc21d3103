package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.depesche.cli.Main;
import org.depesche.internal.NeedsShared;
import org.depesche.internal.SharedData;
import org.depesche.place.Countries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GDELT export of a store built from real articles of both corpora (the first of each, coded with the models):
 * every column's format as GDELT's codebook gives it, no day where the text gave only a month or year, organisations
 * as CAMEO codes them, English actor names, and IsRootEvent telling lead events from the rest.
 */
@Tag("corenlp")
@NeedsShared({"corpora/de-wikinews.jsonl", "corpora/10kgnad-test.jsonl"})
class GdeltCorpusExportTest {
  private static final int ARTICLES = 40;

  /** Each column's format in GDELT's codebook: the value, if any, matches. */
  private static final Map<String, String> FORMATS = Map.ofEntries(
      Map.entry("GLOBALEVENTID", "\\d+"), Map.entry("SQLDATE", "(\\d{8})?"), Map.entry("MonthYear", "(\\d{6})?"),
      Map.entry("Year", "(\\d{4})?"), Map.entry("FractionDate", "(\\d{4}\\.\\d{4})?"),
      Map.entry("Code", "([A-Z]{3})*"), Map.entry("Name", "[^a-z\\t]*"), Map.entry("CountryCode", "([A-Z]{3})?"),
      Map.entry("KnownGroupCode", "([A-Z]{3})?"), Map.entry("EthnicCode", "([a-z]{3})?"),
      Map.entry("Religion1Code", "([A-Z]{3})?"), Map.entry("Religion2Code", "([A-Z]{3})?"),
      Map.entry("Type1Code", "([A-Z]{3})?"), Map.entry("Type2Code", "([A-Z]{3})?"),
      Map.entry("Type3Code", "([A-Z]{3})?"), Map.entry("IsRootEvent", "[01]"), Map.entry("EventCode", "\\d{2,4}"),
      Map.entry("EventBaseCode", "\\d{2,3}"), Map.entry("EventRootCode", "\\d{2}"), Map.entry("QuadClass", "[1-4]"),
      Map.entry("GoldsteinScale", "-?\\d+(\\.\\d+)?"), Map.entry("NumMentions", "[1-9]\\d*"),
      Map.entry("NumSources", "[1-9]\\d*"), Map.entry("NumArticles", "[1-9]\\d*"), Map.entry("AvgTone", ""),
      Map.entry("Geo_Type", "[0-5]?"), Map.entry("Geo_FullName", "[^\\t]*"), Map.entry("Geo_CountryCode",
          "([A-Z]{2})?"), Map.entry("Geo_ADM1Code", "([A-Z]{2}[A-Z0-9]{0,2})?"), Map.entry("Geo_ADM2Code", ".*"),
      Map.entry("Geo_Lat", "(-?\\d+(\\.\\d+)?)?"), Map.entry("Geo_Long", "(-?\\d+(\\.\\d+)?)?"),
      Map.entry("Geo_FeatureID", "(-?\\d+|[A-Z]{2})?"), Map.entry("DATEADDED", "\\d{14}"),
      Map.entry("SOURCEURL", "(https?://\\S+)?"));

  @TempDir
  static Path dir;

  private static List<List<String>> rows;
  private static Path csv;

  @BeforeAll
  static void ingest_and_export() throws IOException {
    Path articles = dir.resolve("articles.jsonl");
    List<String> lines = new java.util.ArrayList<>();
    for (String corpus : List.of("corpora/de-wikinews.jsonl", "corpora/10kgnad-test.jsonl")) {
      try (var in = Files.lines(SharedData.ROOT.resolve(corpus))) {
        in.limit(ARTICLES).forEach(lines::add);
      }
    }
    Files.write(articles, lines);
    Path db = dir.resolve("corpora.duckdb");
    assertThat(Main.run("ingest", articles.toString(), "--db", db.toString())).isZero();
    Path gdelt = dir.resolve("events.gdelt");
    assertThat(Main.run("export", "--db", db.toString(), "--format", "gdelt", "-o", gdelt.toString())).isZero();
    rows = Files.readAllLines(gdelt).stream().map(l -> List.of(l.split("\t", -1))).toList();
    csv = dir.resolve("events.csv");
    assertThat(Main.run("export", "--db", db.toString(), "--format", "csv", "-o", csv.toString())).isZero();
  }

  private static String format(String column) {
    return FORMATS.entrySet().stream().filter(e -> column.equals(e.getKey()) || column.endsWith(e.getKey())
        && !column.equals("EventCode") && column.matches("(Actor[12]|Actor[12]Geo|ActionGeo).*"))
        .max(java.util.Comparator.comparingInt(e -> e.getKey().length())) // the most specific: Geo_ADM1Code, not Code
        .map(Map.Entry::getValue).orElseThrow(() -> new AssertionError("no format for " + column));
  }

  @Test
  void every_column_has_the_codebook_format() {
    assertThat(rows).hasSizeGreaterThan(20);
    for (List<String> row : rows) {
      assertThat(row).hasSize(GdeltExport.COLUMNS.size());
      for (int i = 0; i < row.size(); i++) {
        String column = GdeltExport.COLUMNS.get(i);
        assertThat(row.get(i)).as(column + " of " + row.get(0)).matches(Pattern.compile(format(column)));
      }
    }
  }

  @Test
  void a_day_only_where_the_text_gave_one() throws java.sql.SQLException {
    // the real-world events all of whose reports give only a month or a year, from the native export
    Set<String> coarse = new HashSet<>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
         java.sql.Statement s = c.createStatement();
         java.sql.ResultSet r = s.executeQuery("SELECT cluster_id FROM read_csv('" + csv + "', header = true, "
             + "all_varchar = true) GROUP BY cluster_id HAVING bool_and(date_precision IN ('month', 'year'))")) {
      while (r.next()) {
        coarse.add(r.getString(1));
      }
    }
    assertThat(coarse).as("the corpora name months and years alone").isNotEmpty();
    int sql = GdeltExport.COLUMNS.indexOf("SQLDATE");
    int month = GdeltExport.COLUMNS.indexOf("MonthYear");
    for (List<String> row : rows) {
      if (coarse.contains(row.get(0))) {
        assertThat(row.get(sql)).as("no invented day for " + row.get(0)).isEmpty();
        assertThat(row.get(GdeltExport.COLUMNS.indexOf("FractionDate"))).isEmpty();
      } else if (!row.get(sql).isEmpty()) {
        assertThat(row.get(month)).isEqualTo(row.get(sql).substring(0, 6));
      }
    }
  }

  @Test
  void organisations_are_coded_as_cameo_codes_them() {
    Set<String> codes = new HashSet<>();
    for (List<String> row : rows) {
      codes.add(row.get(5));
      codes.add(row.get(15));
    }
    assertThat(codes).noneMatch(c -> c.matches("(EU|UN|NATO|AU|OSCE)([A-Z]{3})?"));
    assertThat(codes).anyMatch(c -> c.startsWith("IGO"));
  }

  @Test
  void actor_names_are_english_not_the_articles_words() {
    Set<String> countryNames = new HashSet<>();
    Countries.of("DEU"); // the table is loaded
    for (List<String> row : rows) {
      for (int at : new int[] {5, 15}) {
        String name = row.get(at + 1);
        String country = row.get(at + 2);
        assertThat(name).as("no German inflection").doesNotMatch(".*(ISCHEN|ISCHEM|ISCHER|ISCHES)\\b.*");
        if (!country.isEmpty() && Countries.of(country).isPresent() && !name.contains(" ")) {
          countryNames.add(name);
          assertThat(name).as("a one-word name of a country's actor is the country's")
              .isEqualTo(Countries.name(country).toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
    assertThat(countryNames).contains("GERMANY");
  }

  @Test
  void is_root_event_tells_the_lead_from_the_rest() {
    Map<String, Integer> counts = new HashMap<>();
    rows.forEach(r -> counts.merge(r.get(GdeltExport.COLUMNS.indexOf("IsRootEvent")), 1, Integer::sum));
    assertThat(counts).containsKeys("0", "1");
  }
}

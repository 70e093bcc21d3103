package org.depesche.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.depesche.place.Countries;

/**
 * Writes the store as GDELT 2.0's event table: one row per real-world event (cluster), the 61 columns in GDELT's
 * order, tab-separated without a header, as GDELT's own export files, so GDELT tooling reads it. Actors are coded as
 * CAMEO writes them ({@link CameoActors}: {@code IGOEUREEC} for the EU) with English names. A date known only to the
 * month or year leaves the finer columns empty rather than inventing a day; {@code IsRootEvent} marks events whose first
 * report (the cluster's representative) has them in the article's lead; {@code DATEADDED} is the UTC time the first report was stored; NumSources counts distinct
 * outlets, NumArticles distinct articles. The ActionGeo columns carry the representative event's location (GDELT's
 * codebook: type 1 a country, 2 a US state, 3 a US city, 4 a city elsewhere, 5 a first-level region elsewhere; FIPS
 * 10-4 country codes; the GeoNames id as feature id). Columns Depesche does not know (ethnic and religious codes,
 * tone, the actors' geography, second-level regions) are left empty, and so is the first-level region's own FIPS
 * code: ADM1Code holds the country's, as GDELT writes it for a country.
 */
final class GdeltExport {
  /** GDELT 2.0 event table columns, in order (GDELT Event Codebook V2.0). */
  public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
      "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
      "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  private GdeltExport() {}

  private static final int ACTION_GEO = COLUMNS.indexOf("ActionGeo_Type");

  /** Writes every cluster with a mention that matches {@code filter}; returns the number of rows. */
  static int write(EventStore store, Path file, EventFilter filter) throws IOException {
    FilterSql w = FilterSql.of(filter);
    List<List<String>> rows = Jdbc.list(store.connection(), "WITH m AS (" + GdeltMentions.FACTS + "), "
        + "per AS (SELECT cluster_id, count(DISTINCT outlet) AS sources, "
        + "strftime(min(ingested), '%Y%m%d%H%M%S') AS added FROM m GROUP BY cluster_id) "
        + "SELECT c.id, e.event_day, e.date_precision, e.source_country, e.source_org, e.source_sector, "
        + "json_extract_string(e.record, '$.source.name') AS source_person, "
        + "json_extract_string(e.record, '$.source.text') AS source_text, e.target_country, e.target_org, "
        + "e.target_sector, json_extract_string(e.record, '$.target.name') AS target_person, "
        + "json_extract_string(e.record, '$.target.text') AS target_text, e.cameo, e.quad_class, e.goldstein, "
        + "c.mentions, c.articles, per.sources, rep.in_lead AS root, per.added, e.location_name, e.location_geonames, "
        + "e.location_country, e.location_admin1, e.location_lat, e.location_lon, a.url "
        + "FROM clusters c JOIN events e ON e.id = c.representative JOIN articles a ON a.id = e.article_id "
        + "JOIN per ON per.cluster_id = c.id JOIN m AS rep ON rep.id = c.representative WHERE c.id IN (SELECT e.cluster_id FROM events e WHERE "
        + w.where() + ") ORDER BY c.id", w.parameters(), GdeltExport::row);
    writeTsv(file, rows);
    return rows.size();
  }

  /** Rows as GDELT's files hold them: tab-separated, no header, tabs and line breaks in values made spaces. */
  static void writeTsv(Path file, List<List<String>> rows) throws IOException {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (List<String> row : rows) {
        out.print(String.join("\t", row.stream().map(v -> v.replace('\t', ' ').replace('\n', ' ')
            .replace('\r', ' ')).toList()));
        out.print('\n');
      }
    }
  }

  private static List<String> row(ResultSet r) throws SQLException {
    List<String> c = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
    c.set(0, Long.toString(r.getLong("id")));
    dates(c, Jdbc.date(r, "event_day"), r.getString("date_precision"));
    actor(c, 5, r, "source");
    actor(c, 15, r, "target");
    String cameo = r.getString("cameo");
    c.set(25, r.getBoolean("root") ? "1" : "0");
    c.set(26, cameo);
    c.set(27, cameo.substring(0, Math.min(3, cameo.length())));
    c.set(28, cameo.substring(0, 2));
    c.set(29, String.valueOf(r.getObject("quad_class")));
    c.set(30, String.valueOf(r.getObject("goldstein")));
    c.set(31, String.valueOf(r.getInt("mentions")));
    c.set(32, String.valueOf(r.getInt("sources")));
    c.set(33, String.valueOf(r.getInt("articles")));
    actionGeo(c, r);
    c.set(59, r.getString("added") == null ? "" : r.getString("added"));
    String url = r.getString("url");
    c.set(60, url == null ? "" : url);
    return c;
  }

  /**
   * SQLDATE, MonthYear, Year and FractionDate at the date's precision: a month fills MonthYear and Year, a year
   * only Year, and FractionDate, which needs the day, only a day (GDELT's formula: year + (month * 30 + day) / 365).
   */
  static void dates(List<String> c, LocalDate day, String precision) {
    if (day == null) {
      return;
    }
    c.set(3, String.format(Locale.ROOT, "%04d", day.getYear()));
    if ("year".equals(precision)) {
      return;
    }
    c.set(2, String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
    if ("month".equals(precision)) {
      return;
    }
    c.set(1, String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
    c.set(4, String.format(Locale.ROOT, "%.4f",
        day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
  }

  /** Type, full name, country and region codes, coordinates and feature id of where the event took place. */
  private static void actionGeo(List<String> c, ResultSet r) throws SQLException {
    String iso3 = r.getString("location_country");
    if (iso3 == null) {
      return;
    }
    Countries.Country country = Countries.of(iso3).orElse(null);
    String countryName = country == null ? iso3 : country.name();
    String fips = country == null || country.fips() == null ? "" : country.fips();
    String name = r.getString("location_name");
    String admin1 = r.getString("location_admin1");
    Long geonames = (Long) r.getObject("location_geonames");
    Double lat = (Double) r.getObject("location_lat");
    Double lon = (Double) r.getObject("location_lon");
    boolean us = iso3.equals("USA");
    List<String> full = new ArrayList<>();
    String type;
    String feature;
    if (lat == null || lon == null) {
      type = "1";
      feature = fips; // GDELT's feature id of a country is its code
    } else {
      boolean region = geonames == null; // the gazetteer's regions have coordinates but no GeoNames id
      type = region ? (us ? "2" : "5") : (us ? "3" : "4");
      feature = geonames == null ? "" : geonames.toString();
      full.add(name);
      if (admin1 != null && !admin1.equals(name)) {
        full.add(admin1);
      }
    }
    full.add(countryName);
    c.set(ACTION_GEO, type);
    c.set(ACTION_GEO + 1, String.join(", ", full));
    c.set(ACTION_GEO + 2, fips);
    c.set(ACTION_GEO + 3, fips);
    c.set(ACTION_GEO + 5, lat == null ? "" : degrees(lat));
    c.set(ACTION_GEO + 6, lon == null ? "" : degrees(lon));
    c.set(ACTION_GEO + 7, feature);
  }

  /** Degrees as plain decimals, never in exponent form. */
  private static String degrees(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** The actor's ten columns from {@link CameoActors}; a person's name only where the words were resolved to one. */
  private static void actor(List<String> c, int at, ResultSet r, String side) throws SQLException {
    String person = r.getString(side + "_person");
    String words = r.getString(side + "_text");
    String org = r.getString(side + "_org");
    String country = r.getString(side + "_country");
    // an organisation's dictionary name is German ("Vereinte Nationen"), a country actor's name equal to its words
    // is an institution or a bare name as printed: only a name the dictionaries put for other words is a person's
    boolean resolved = person != null && country != null && !person.equals(words);
    CameoActors.Coded coded = CameoActors.code(country, org, r.getString(side + "_sector"), resolved ? person : null);
    if (coded == null) {
      return;
    }
    List<String> columns = coded.columns();
    for (int i = 0; i < columns.size(); i++) {
      c.set(at + i, columns.get(i));
    }
  }
}

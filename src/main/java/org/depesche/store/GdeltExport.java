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
import org.depesche.place.Countries;

/**
 * Writes the store as GDELT 2.0's event table: one row per real-world event (cluster), the 61 columns in GDELT's
 * order, tab-separated without a header, as GDELT's own export files, so GDELT tooling reads it. The ActionGeo
 * columns carry the representative event's location (GDELT's codebook: type 1 a country, 2 a US state, 3 a US city,
 * 4 a city elsewhere, 5 a first-level region elsewhere; FIPS 10-4 country codes; the GeoNames id as feature id).
 * Columns Depesche does not know (ethnic and religious codes, tone, the actors' geography, second-level regions)
 * are left empty, and so is the first-level region's own FIPS code: ADM1Code holds the country's, as GDELT writes
 * it for a country.
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
    List<List<String>> rows = Jdbc.list(store.connection(), "SELECT c.id, coalesce(c.event_day, c.first_seen) AS day, "
        + "e.source_code, e.source_name, e.source_country, e.source_org, e.target_code, e.target_name, "
        + "e.target_country, e.target_org, e.cameo, e.quad_class, e.goldstein, c.mentions, c.articles, c.first_seen, "
        + "e.location_name, e.location_geonames, e.location_country, e.location_admin1, e.location_lat, "
        + "e.location_lon, a.url FROM clusters c JOIN events e ON e.id = c.representative "
        + "JOIN articles a ON a.id = e.article_id WHERE c.id IN (SELECT e.cluster_id FROM events e WHERE "
        + w.where() + ") ORDER BY c.id", w.parameters(), GdeltExport::row);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (List<String> row : rows) {
        out.println(String.join("\t", row));
      }
    }
    return rows.size();
  }

  private static List<String> row(ResultSet r) throws SQLException {
    List<String> c = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
    LocalDate day = Jdbc.date(r, "day");
    c.set(0, Long.toString(r.getLong("id")));
    if (day != null) {
      c.set(1, day.toString().replace("-", ""));
      c.set(2, c.get(1).substring(0, 6));
      c.set(3, c.get(1).substring(0, 4));
      c.set(4, String.format(java.util.Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
    }
    actor(c, 5, r, "source");
    actor(c, 15, r, "target");
    String cameo = r.getString("cameo");
    c.set(25, "1");
    c.set(26, cameo);
    c.set(27, cameo.substring(0, Math.min(3, cameo.length())));
    c.set(28, cameo.substring(0, 2));
    c.set(29, String.valueOf(r.getObject("quad_class")));
    c.set(30, String.valueOf(r.getObject("goldstein")));
    c.set(31, String.valueOf(r.getInt("mentions")));
    c.set(32, String.valueOf(r.getInt("articles")));
    c.set(33, String.valueOf(r.getInt("articles")));
    actionGeo(c, r);
    LocalDate added = Jdbc.date(r, "first_seen");
    c.set(59, added == null ? "" : added.toString().replace("-", "") + "000000");
    String url = r.getString("url");
    c.set(60, url == null ? "" : url);
    return c.stream().map(v -> v.replace('\t', ' ').replace('\n', ' ')).toList();
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

  /** Actor code, name, country code and known group (an organisation), and the sector as first type code. */
  private static void actor(List<String> c, int at, ResultSet r, String side) throws SQLException {
    String code = r.getString(side + "_code");
    if (code == null) {
      return;
    }
    String name = r.getString(side + "_name");
    String country = r.getString(side + "_country");
    String org = r.getString(side + "_org");
    c.set(at, code);
    c.set(at + 1, name == null ? "" : name.toUpperCase(java.util.Locale.ROOT));
    c.set(at + 2, country == null ? "" : country);
    c.set(at + 3, country == null && org != null ? org : "");
    String key = country != null ? country : org;
    c.set(at + 7, key != null && code.length() > key.length() ? code.substring(key.length()) : "");
  }
}

package org.depesche.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.depesche.place.Countries;

/**
 * Writes the store as POLECAT does its PLOVER-coded events: one row per coded event with a PLOVER type, POLECAT's
 * 40 columns under POLECAT's names, tab-separated with a header. Type, mode and contexts are PLOVER's
 * ({@link PloverVocabulary}); CAMEO's statements (01), which PLOVER does not code, are left out. Names are English
 * (countries, organisations) or as resolved (people); what Depesche does not know (COW codes, Wikipedia ids,
 * titles, the story's people) is left empty.
 */
final class PloverExport {
  /** POLECAT's columns, in order. */
  static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Event Type", "Event Mode", "Intensity",
      "Quad Code", "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
      "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
      "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
      "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
      "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
      "Story Organizations", "Story Locations", "Language", "Version");

  /** What the Version column says: which program wrote the row. */
  static final String VERSION = "depesche-0.1";

  private PloverExport() {}

  /** Writes every matching event that has a PLOVER type; returns the number of rows. */
  static int write(EventStore store, Path file, EventFilter filter) throws IOException {
    FilterSql w = FilterSql.of(filter);
    List<List<String>> rows = new ArrayList<>();
    rows.add(COLUMNS);
    Jdbc.list(store.connection(), "WITH m AS (" + GdeltMentions.FACTS + ") SELECT m.*, "
        + "json_extract_string(m.record, '$.event.mode') AS mode, "
        + "from_json(json_extract(m.record, '$.contexts'), '[\"VARCHAR\"]') AS contexts, "
        + "json_extract_string(m.record, '$.source.name') AS source_person, "
        + "json_extract_string(m.record, '$.source.text') AS source_text, "
        + "json_extract_string(m.record, '$.target.name') AS target_person, "
        + "json_extract_string(m.record, '$.target.text') AS target_text, a.language "
        + "FROM m JOIN articles a ON a.id = m.article_id WHERE m.id IN (SELECT e.id FROM events e WHERE "
        + w.where() + ") ORDER BY m.event_day, m.id", w.parameters(), PloverExport::row)
        .stream().filter(r -> r != null).forEach(rows::add);
    GdeltExport.writeTsv(file, rows);
    return rows.size() - 1;
  }

  private static List<String> row(ResultSet r) throws SQLException {
    java.sql.Array array = r.getArray("contexts");
    List<String> contexts = new ArrayList<>();
    if (array != null) {
      for (Object o : (Object[]) array.getArray()) {
        contexts.add(String.valueOf(o));
      }
    }
    PloverVocabulary.Coding coding = PloverVocabulary.standard().coding(r.getString("plover"), r.getString("mode"),
        contexts);
    if (coding == null) {
      return null;
    }
    List<String> c = new ArrayList<>();
    c.add(r.getString("id"));
    c.add(nonNull(r.getString("date_value")));
    c.add(coding.type().name());
    c.add(nonNull(coding.mode()));
    c.add(String.format(Locale.ROOT, "%.1f", coding.type().intensity()));
    c.add(String.valueOf(r.getObject("quad_class")));
    c.add(String.join(";", coding.contexts()));
    actor(c, r, "source");
    actor(c, r, "target");
    place(c, r);
    c.add(nonNull(r.getString("outlet")));
    java.time.LocalDate published = Jdbc.date(r, "published");
    c.add(published == null ? "" : published.toString());
    c.add("");
    c.add("");
    c.add("");
    c.add(nonNull(r.getString("language")));
    c.add(VERSION);
    return c;
  }

  /** Name, country, COW, primary sector, sectors, title, raw name and Wikipedia id of one side. */
  private static void actor(List<String> c, ResultSet r, String side) throws SQLException {
    String country = r.getString(side + "_country");
    String org = r.getString(side + "_org");
    String sector = nonNull(r.getString(side + "_sector"));
    String person = r.getString(side + "_person");
    String words = r.getString(side + "_text");
    String name = "";
    if (country != null && person != null && !person.equals(words)) {
      name = person; // resolved to a person by the dictionaries
    } else if (country == null && org != null) {
      CameoActors.Entry e = CameoActors.organisation(org);
      name = e == null ? org : e.name();
    } else if (country != null) {
      name = Countries.name(country);
    }
    c.add(name);
    c.add(nonNull(country));
    c.add("");
    c.add(sector);
    c.add(sector);
    c.add("");
    c.add(nonNull(words));
    c.add("");
  }

  /** Placename, city, district, province, country, latitude, longitude, GeoNames id, raw name and feature type. */
  private static void place(List<String> c, ResultSet r) throws SQLException {
    String country = r.getString("location_country");
    Object geonames = r.getObject("location_geonames");
    Object lat = r.getObject("location_lat");
    boolean town = geonames != null;
    boolean region = !town && lat != null;
    c.add(nonNull(r.getString("location_name")));
    c.add(town ? nonNull(r.getString("location_name")) : "");
    c.add("");
    c.add(nonNull(r.getString("location_admin1")));
    c.add(nonNull(country));
    c.add(lat == null ? "" : lat.toString());
    c.add(r.getObject("location_lon") == null ? "" : r.getObject("location_lon").toString());
    c.add(town ? geonames.toString() : "");
    c.add(nonNull(r.getString("location_text")));
    // GeoNames' feature classes: a populated place, a first-level region, a country
    c.add(country == null ? "" : town ? "PPL" : region ? "ADM1" : "PCLI");
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}

package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.depesche.actor.Actor;
import org.depesche.article.Article;
import org.depesche.event.CameoOntology;
import org.depesche.event.Event;
import org.depesche.event.Modality;
import org.depesche.place.Location;
import org.depesche.time.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where events took place, through the store: the location columns written and read back, the filters by the
 * location's country and by distance, the places for the map, the GDELT export's ActionGeo columns, and a store of
 * the version before the columns migrated. No models: the events are made by hand.
 */
class StoreLocationTest {
  private static final CameoOntology CAMEO = CameoOntology.standard();
  private static final LocalDate DAY = LocalDate.of(2024, 10, 28);
  private static final Location POTSDAM = new Location("in Potsdam", "Potsdam", 2852458L, "DEU", "Brandenburg",
      52.39886, 13.06566, Location.Basis.SENTENCE);
  private static final Location BERLIN = new Location("in Berlin", "Berlin", 2950159L, "DEU", "Berlin", 52.52437,
      13.41053, Location.Basis.ARTICLE);
  private static final Location GEORGIA = new Location("in Georgien", "Georgia", null, "GEO", null, null, null,
      Location.Basis.SENTENCE);
  private static final Location BRANDENBURG = new Location("in Brandenburg", "Brandenburg", null, "DEU",
      "Brandenburg", 52.4, 13.0, Location.Basis.SENTENCE);

  @TempDir
  Path dir;

  private static Article article(String id) {
    return new Article(id, "Bericht " + id, null, DAY, "de", "Text des Berichts " + id + ".");
  }

  private static Event event(Article a, String cameo, String country, Location where) {
    Actor source = new Actor("Polizei", null, country, null, "COP");
    return new Event(a, 0, 0, 10, a.text(), 0, "nahm fest", CAMEO.type(cameo).orElseThrow(), source, null,
        EventDate.day(DAY, EventDate.Basis.EXPLICIT, null), Modality.ASSERTED, false, null, null, 0.8)
        .withLocation(where);
  }

  /** Potsdam, Berlin, Georgia as a whole, a region, and an event without a location: five real-world events. */
  private EventStore stored() {
    EventStore store = EventStore.open(dir.resolve("places.duckdb"));
    List<Location> where = java.util.Arrays.asList(POTSDAM, BERLIN, GEORGIA, BRANDENBURG, null);
    String[] roots = {"173", "180", "141", "120", "042"};
    for (int i = 0; i < where.size(); i++) {
      Article a = article("a" + i);
      String country = where.get(i) == null ? "FRA" : where.get(i).country();
      store.add(a, List.of(event(a, roots[i], country, where.get(i))), "test");
    }
    return store;
  }

  private static EventFilter filter(String... namesAndValues) {
    Map<String, String> values = new java.util.HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return EventFilter.parse(values::get);
  }

  private static List<String> places(StoreReader r, EventFilter f) {
    return r.clusters(f, Page.all()).stream().map(c -> c.location() == null ? "-" : c.location()).sorted().toList();
  }

  @Test
  void the_location_goes_into_the_store_and_comes_back_with_the_event() {
    try (EventStore store = stored()) {
      StoreReader r = new StoreReader(store);
      List<StoredEvent> events = r.events(EventFilter.all(), true, Page.all()).events();
      assertThat(events).extracting(StoredEvent::location)
          .containsExactlyInAnyOrder(POTSDAM, BERLIN, GEORGIA, BRANDENBURG, null);
      assertThat(r.clusters(EventFilter.all(), Page.all())).filteredOn(c -> "Potsdam".equals(c.location()))
          .singleElement().satisfies(c -> assertThat(c.locationCountry()).isEqualTo("DEU"));
      assertThat(r.mentions(EventFilter.all(), Page.all())).extracting(MentionRow::locationCountry)
          .containsExactlyInAnyOrder("DEU", "DEU", "GEO", "DEU", null);
    }
  }

  @Test
  void the_country_filter_is_about_where_it_happened() {
    try (EventStore store = stored()) {
      StoreReader r = new StoreReader(store);
      assertThat(places(r, filter("country", "DEU"))).containsExactly("Berlin", "Brandenburg", "Potsdam");
      assertThat(places(r, filter("country", "geo"))).containsExactly("Georgia");
      assertThat(places(r, filter("country", "FRA"))).as("an actor's country is not where it happened").isEmpty();
    }
  }

  @Test
  void near_measures_great_circle_distances_berlin_to_potsdam_27_km() {
    try (EventStore store = stored()) {
      StoreReader r = new StoreReader(store);
      // Berlin's centre to Potsdam's: 27.2 km
      assertThat(places(r, filter("near", "52.52437,13.41053,27.5"))).containsExactly("Berlin", "Potsdam");
      assertThat(places(r, filter("near", "52.52437,13.41053,27"))).containsExactly("Berlin");
      assertThat(places(r, filter("near", "52.39886,13.06566,1"))).containsExactly("Potsdam");
      assertThat(places(r, filter("near", "52.52437,13.41053,1", "country", "GEO"))).isEmpty();
      // Tbilisi is 2,600 km away; Georgia as a whole has no coordinates and never matches
      assertThat(places(r, filter("near", "41.69411,44.83368,100"))).isEmpty();
      assertThat(places(r, filter("near", "0,0,20100"))).as("half the earth's circumference: everywhere")
          .containsExactly("Berlin", "Brandenburg", "Potsdam");
    }
  }

  @Test
  void places_count_events_per_place_and_per_country_for_the_map() {
    try (EventStore store = stored()) {
      Places p = new StoreReader(store).places(EventFilter.all());
      assertThat(p.places()).extracting(Places.Place::name).containsExactlyInAnyOrder("Potsdam", "Berlin",
          "Brandenburg");
      assertThat(p.places()).filteredOn(x -> x.name().equals("Potsdam")).singleElement().isEqualTo(
          new Places.Place("Potsdam", 2852458L, "DEU", "Brandenburg", 52.39886, 13.06566, 1));
      assertThat(p.countries()).containsExactly(new Places.Country("DEU", "Germany", "276", 3, 0),
          new Places.Country("GEO", "Georgia", "268", 1, 1));
      Places near = new StoreReader(store).places(filter("near", "52.39886,13.06566,5"));
      assertThat(near.places()).extracting(Places.Place::name).containsExactlyInAnyOrder("Potsdam", "Brandenburg");
      assertThat(near.countries()).containsExactly(new Places.Country("DEU", "Germany", "276", 2, 0));
    }
  }

  @Test
  void the_gdelt_export_fills_the_action_geo_columns() throws IOException {
    Path file = dir.resolve("gdelt.tsv");
    try (EventStore store = stored()) {
      assertThat(Export.write(store, Export.Format.GDELT, file)).isEqualTo(5);
    }
    List<List<String>> rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(l -> List.of(l.split("\t", -1))).toList();
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(61));
    int at = GdeltExport.COLUMNS.indexOf("ActionGeo_Type");
    assertThat(GdeltExport.COLUMNS.subList(at, at + 8)).containsExactly("ActionGeo_Type", "ActionGeo_FullName",
        "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
        "ActionGeo_FeatureID");
    Map<String, List<String>> byCode = new java.util.HashMap<>();
    rows.forEach(row -> byCode.put(row.get(26), row.subList(at, at + 8)));
    assertThat(byCode.get("173")).as("a town").containsExactly("4", "Potsdam, Brandenburg, Germany", "GM", "GM", "",
        "52.39886", "13.06566", "2852458");
    assertThat(byCode.get("180")).as("a city that is its own region").containsExactly("4", "Berlin, Germany", "GM",
        "GM", "", "52.52437", "13.41053", "2950159");
    assertThat(byCode.get("141")).as("a country as a whole").containsExactly("1", "Georgia", "GG", "GG", "", "", "",
        "GG");
    assertThat(byCode.get("120")).as("a first-level region").containsExactly("5", "Brandenburg, Germany", "GM", "GM",
        "", "52.4", "13", "");
    assertThat(byCode.get("042")).as("no location").containsOnly("");
  }

  @Test
  void exports_take_the_filters() throws IOException {
    Path gdelt = dir.resolve("georgia.tsv");
    Path jsonl = dir.resolve("near.jsonl");
    Path csv = dir.resolve("germany.csv");
    try (EventStore store = stored()) {
      assertThat(Export.write(store, Export.Format.GDELT, gdelt, filter("country", "GEO"))).isEqualTo(1);
      assertThat(Export.write(store, Export.Format.JSONL, jsonl, filter("near", "52.52,13.41,5"))).isEqualTo(1);
      assertThat(Export.write(store, Export.Format.CSV, csv, filter("country", "DEU"))).isEqualTo(3);
    }
    assertThat(Files.readString(gdelt)).contains("\tGeorgia\tGG\t");
    assertThat(Files.readString(jsonl)).contains("\"name\":\"Berlin\"").doesNotContain("Potsdam");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("location_name", "location_geonames", "location_lat", "location_basis");
  }

  /** A store written by the build before the location columns (schema version 2) opens and gets them, filled. */
  @Test
  void a_store_of_version_2_gets_the_location_columns_filled_from_the_records() throws SQLException, IOException {
    Path file = dir.resolve("v2.duckdb");
    String located = "{\"id\":\"e1\",\"location\":{\"text\":\"in Potsdam\",\"name\":\"Potsdam\",\"geonames\":2852458,"
        + "\"country\":\"DEU\",\"admin1\":\"Brandenburg\",\"lat\":52.39886,\"lon\":13.06566,\"basis\":\"sentence\"}}";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement s = c.createStatement()) {
      for (String migration : List.of("001-init.sql", "002-article-text.sql")) {
        for (String sql : sql(migration)) {
          s.execute(sql);
        }
      }
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
      s.execute("INSERT INTO schema_version VALUES (1), (2)");
      s.execute("INSERT INTO articles (id, text_hash, ingested) VALUES ('a', 'h', now())");
      s.execute("INSERT INTO clusters VALUES (1, '173', '17', 'DEU', NULL, NULL, NULL, NULL, 1, 1, 'e1'), "
          + "(2, '042', '04', 'FRA', NULL, NULL, NULL, NULL, 1, 1, 'e2')");
      s.execute("INSERT INTO events (id, article_id, cluster_id, cameo, root, source_key, record) VALUES "
          + "('e1', 'a', 1, '173', '17', 'DEU', '" + located + "'), "
          + "('e2', 'a', 2, '042', '04', 'FRA', '{\"id\":\"e2\"}')");
    }
    try (EventStore store = EventStore.open(file)) {
      StoreReader r = new StoreReader(store);
      assertThat(r.events(EventFilter.all(), true, Page.all()).events()).extracting(StoredEvent::location)
          .containsExactlyInAnyOrder(POTSDAM, null);
      assertThat(places(r, filter("near", "52.52437,13.41053,30"))).containsExactly("Potsdam");
      // and it takes new events after the migration: the columns are where the insert expects them
      Article a = article("new");
      store.add(a, List.of(event(a, "180", "DEU", BERLIN)), "test");
      assertThat(places(r, filter("country", "DEU"))).containsExactly("Berlin", "Potsdam");
    }
  }

  /** The statements of a migration file, as {@link Schema} splits them. */
  private static List<String> sql(String name) throws IOException {
    try (InputStream in = Schema.class.getResourceAsStream("/depesche/store/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String code = text.lines().map(l -> l.replaceAll("--.*$", "")).reduce("", (x, y) -> x + y + "\n");
      return java.util.Arrays.stream(code.split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }
}

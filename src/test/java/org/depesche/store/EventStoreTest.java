package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;
import org.depesche.internal.NeedsShared;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.depesche.cli.Main;
import org.depesche.cli.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store as users rely on it: idempotent and crash-safe ingest, merged duplicates, queries, exports. */
@Tag("corenlp")
@NeedsShared({"seeds", "corpora/de-wikinews.jsonl"})
class EventStoreTest {
  private static final Path WIKINEWS = Path.of("../shared/corpora/de-wikinews.jsonl");

  @TempDir
  static Path dir;

  private static Path store;

  @BeforeAll
  static void ingestSamplesAndSeeds() {
    store = TestStores.samplesAndSeeds();
  }

  private static EventStore.Counts counts(Path db) throws SQLException {
    try (EventStore s = EventStore.open(db)) {
      return s.counts();
    }
  }

  @Test
  void ingesting_the_same_articles_again_adds_nothing() throws SQLException {
    EventStore.Counts once = counts(store);
    assertThat(once.articles()).isEqualTo(7);
    assertThat(once.events()).isPositive();
    assertThat(Main.run("ingest", "samples", "../shared/seeds", "--db", store.toString())).isZero();
    assertThat(counts(store)).isEqualTo(once);
  }

  @Test
  void reports_of_one_event_share_a_cluster_and_count_their_mentions() throws SQLException {
    try (EventStore s = EventStore.open(store)) {
      long clusters = s.counts().clusters();
      assertThat(clusters).isPositive().isLessThanOrEqualTo(s.counts().events());
      long mentions = new StoreReader(s).stats(10).byRoot().stream().mapToLong(Stats.Root::mentions).sum();
      assertThat(mentions).isEqualTo(s.counts().events());
    }
  }

  @Test
  void queries_filter_by_dyad_code_and_words() {
    try (EventStore s = EventStore.open(store)) {
      StoreReader r = new StoreReader(s);
      EventFilter ukrJpn = EventFilter.parse(Map.of("dyad", "JPN,UKR")::get);
      assertThat(r.clusters(ukrJpn, Page.all())).isNotEmpty()
          .allSatisfy(row -> assertThat(row.source() + " " + row.target()).contains("UKR").contains("JPN"));
      EventFilter phone = EventFilter.parse(Map.of("actor", "UKR", "cameo", "041", "text", "telefoniert")::get);
      assertThat(r.records(phone, true, Page.all())).isNotEmpty()
          .allSatisfy(json -> assertThat(json).contains("\"041\""));
      EventFilter none = EventFilter.parse(Map.of("cameo", "19", "text", "Takaichi")::get);
      assertThat(r.mentions(none, Page.all())).isEmpty();
    }
  }

  @Test
  void parquet_and_gdelt_exports_read_back_with_duckdb() throws SQLException {
    Path parquet = dir.resolve("events.parquet");
    Path gdelt = dir.resolve("events.gdelt.csv");
    assertThat(Main.run("export", "--db", store.toString(), "--format", "parquet", "-o", parquet.toString())).isZero();
    assertThat(Main.run("export", "--db", store.toString(), "--format", "gdelt", "-o", gdelt.toString())).isZero();
    EventStore.Counts n = counts(store);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT event_cameo), min(event_root) FROM read_parquet('"
          + parquet + "')")) {
        r.next();
        assertThat(r.getLong(1)).isEqualTo(n.events());
        assertThat(r.getString(3)).matches("\\d\\d");
      }
      try (ResultSet r = s.executeQuery("SELECT * FROM read_csv('" + gdelt + "', delim = '\\t', header = false, "
          + "all_varchar = true)")) {
        assertThat(r.getMetaData().getColumnCount()).isEqualTo(GdeltExport.COLUMNS.size()).isEqualTo(61);
        long rows = 0;
        while (r.next()) {
          rows++;
          assertThat(r.getString(27)).as("EventCode").matches("\\d{2,4}");
          assertThat(Integer.parseInt(r.getString(32))).as("NumMentions").isPositive();
        }
        assertThat(rows).isEqualTo(n.clusters());
      }
    }
  }

  /**
   * kill -9 halfway through an ingest, then ingest again: the same articles, events and clusters as a run that was
   * never interrupted, none missing or doubled.
   */
  @Test
  void a_killed_ingest_completed_by_a_second_run_equals_an_uninterrupted_one() throws Exception {
    Path corpus = dir.resolve("sixty.jsonl");
    Files.write(corpus, Files.readAllLines(WIKINEWS, StandardCharsets.UTF_8).subList(0, 60), StandardCharsets.UTF_8);
    Path whole = dir.resolve("whole.duckdb");
    assertThat(Main.run("ingest", corpus.toString(), "--db", whole.toString())).isZero();

    Path killed = dir.resolve("killed.duckdb");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", corpus.toString(),
        "--db", killed.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null && !line.contains("20 articles stored")) {
        // reading until a third of the corpus is stored
      }
      assertThat(line).as("the ingest reported progress").isNotNull();
    }
    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the store
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    EventStore.Counts partial = counts(killed);
    assertThat(partial.articles()).isBetween(20L, 59L);

    assertThat(Main.run("ingest", corpus.toString(), "--db", killed.toString())).isZero();
    assertThat(counts(killed)).isEqualTo(counts(whole));
    try (EventStore s = EventStore.open(killed);
         Statement q = s.connection().createStatement();
         ResultSet orphans = q.executeQuery("SELECT count(*) FROM events e WHERE NOT EXISTS "
             + "(SELECT 1 FROM articles a WHERE a.id = e.article_id)")) {
      orphans.next();
      assertThat(orphans.getLong(1)).isZero();
    }
  }
}

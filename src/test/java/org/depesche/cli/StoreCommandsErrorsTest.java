package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.depesche.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands refuse bad options with one line and a non-zero exit, and never touch a store then. */
class StoreCommandsErrorsTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private void refused(String expected, String... args) {
    CliRun r = run(args);
    assertThat(r.exit()).as(r.err()).isNotZero();
    assertThat(r.err().strip().lines()).as(r.err()).hasSize(1).first().asString().contains(expected);
  }

  @Test
  void bad_query_options_are_one_line_errors() throws Exception {
    String db = dir.resolve("s.duckdb").toString();
    EventStore.open(Path.of(db)).close();
    refused("--quad", "query", "--db", db, "--quad", "7");
    refused("--cameo", "query", "--db", db, "--cameo", "abc");
    refused("--dyad", "query", "--db", db, "--dyad", "UKR");
    refused("--format", "query", "--db", db, "--format", "xml");
    refused("--modality", "query", "--db", db, "--modality", "sure");
    refused("--from", "query", "--db", db, "--from", "gestern");
  }

  @Test
  void bad_places_are_one_line_errors_naming_the_option_in_query_and_export() throws Exception {
    String db = dir.resolve("s.duckdb").toString();
    EventStore.open(Path.of(db)).close();
    for (String near : new String[] {"91,0,5", "a,b,c", "52.5,13.4,-5", "52.5,13.4"}) {
      refused("--near takes LAT,LON,KM", "query", "--db", db, "--near", near);
      refused("--near takes LAT,LON,KM", "export", "--db", db, "--format", "gdelt", "-o",
          dir.resolve("x.tsv").toString(), "--near", near);
    }
    refused("--country takes the ISO 3166-1 alpha-3 code", "query", "--db", db, "--country", "Germany");
    refused("--country takes the ISO 3166-1 alpha-3 code", "export", "--db", db, "--format", "csv", "-o",
        dir.resolve("x.csv").toString(), "--country", "DE");
    assertThat(dir.resolve("x.tsv")).doesNotExist();
    assertThat(CliRun.of("query", "--db", db, "--near", "52.52,13.40,30", "--country", "deu").exit()).isZero();
  }

  @Test
  void a_missing_store_is_named() {
    refused("no store at", "query", "--db", dir.resolve("none.duckdb").toString());
    refused("no store at", "stats", "--db", dir.resolve("none.duckdb").toString());
    refused("no store at", "export", "--db", dir.resolve("none.duckdb").toString(), "--format", "csv", "-o",
        dir.resolve("x.csv").toString());
  }

  @Test
  void bad_export_and_watch_options_are_one_line_errors() {
    refused("--format", "export", "--db", dir.resolve("s.duckdb").toString(), "--format", "xls", "-o", "x");
    refused("--every", "watch", "http://127.0.0.1:9/feed.xml", "--db", dir.resolve("w.duckdb").toString(),
        "--every", "soon");
  }
}

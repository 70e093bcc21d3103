package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store is migrated on open, once; a store from a newer program is refused rather than misread. */
class SchemaTest {
  @TempDir
  Path dir;

  @Test
  void a_new_store_gets_the_current_schema_and_opening_it_again_changes_nothing() throws SQLException {
    Path file = dir.resolve("s.duckdb");
    try (EventStore s = EventStore.open(file)) {
      assertThat(s.counts()).isEqualTo(new EventStore.Counts(0, 0, 0));
    }
    try (EventStore s = EventStore.open(file);
         Statement q = s.connection().createStatement();
         java.sql.ResultSet r = q.executeQuery("SELECT max(version), count(*) FROM schema_version")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(Schema.current());
      assertThat(r.getInt(2)).isEqualTo(Schema.current());
    }
  }

  @Test
  void a_store_from_a_newer_program_is_refused() throws SQLException {
    Path file = dir.resolve("newer.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
      s.execute("INSERT INTO schema_version VALUES (99)");
    }
    assertThatThrownBy(() -> EventStore.open(file)).hasMessageContaining("schema version 99");
  }

  @Test
  void a_read_only_open_brings_an_older_store_up_to_date_first_and_refuses_a_newer_one() throws Exception {
    Path file = dir.resolve("v2.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement s = c.createStatement()) {
      for (String migration : java.util.List.of("001-init.sql", "002-article-text.sql")) {
        try (java.io.InputStream in = Schema.class.getResourceAsStream("/depesche/store/" + migration)) {
          String code = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
              .map(l -> l.replaceAll("--.*$", "")).reduce("", (x, y) -> x + y + "\n");
          for (String sql : code.split(";\\s*\n")) {
            if (!sql.isBlank()) {
              s.execute(sql);
            }
          }
        }
      }
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
      s.execute("INSERT INTO schema_version VALUES (1), (2)");
    }
    try (EventStore s = EventStore.openReadOnly(file)) {
      assertThat(s.readOnly()).isTrue();
      assertThat(s.counts()).isEqualTo(new EventStore.Counts(0, 0, 0));
      assertThat(new StoreReader(s).places(EventFilter.all()).places()).isEmpty(); // the location columns are there
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement q = c.createStatement();
         java.sql.ResultSet r = q.executeQuery("SELECT max(version) FROM schema_version")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(Schema.current());
      q.execute("INSERT INTO schema_version VALUES (99)");
    }
    assertThatThrownBy(() -> EventStore.openReadOnly(file)).hasMessageContaining("schema version 99");
    assertThatThrownBy(() -> EventStore.openReadOnly(dir.resolve("none.duckdb"))).hasMessageContaining("no store at");
  }
}

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
}

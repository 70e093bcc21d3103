package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that this program cannot read (cut off by a full disk or a broken copy, or written by a newer version) is
 * refused with one line saying so, and left as it was: the user may still need it, so nothing may "repair" it.
 */
class StoreDamageTest {
  @TempDir
  Path dir;

  @Test
  void a_store_of_a_newer_schema_is_refused_in_one_line_and_left_intact() throws Exception {
    Path file = dir.resolve("neu.duckdb");
    EventStore.open(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
         Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (" + (Schema.current() + 5) + ")");
    }
    byte[] before = Files.readAllBytes(file);
    String expected = "the store has schema version " + (Schema.current() + 5);

    assertThatThrownBy(() -> EventStore.open(file)).isInstanceOf(StoreException.class)
        .satisfies(e -> assertOneLine(e.getMessage())).hasMessageStartingWith(expected);
    assertThatThrownBy(() -> EventStore.openReadOnly(file)).isInstanceOf(StoreException.class)
        .satisfies(e -> assertOneLine(e.getMessage())).hasMessageStartingWith(expected);
    assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("store file unchanged").isTrue();
  }

  @Test
  void a_truncated_store_is_refused_in_one_line_and_left_intact() throws Exception {
    Path file = dir.resolve("kaputt.duckdb");
    EventStore.open(file).close();
    byte[] whole = Files.readAllBytes(file);
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    Files.write(file, cut);

    assertThatThrownBy(() -> EventStore.openReadOnly(file)).isInstanceOf(StoreException.class)
        .satisfies(e -> assertOneLine(e.getMessage())).hasMessageStartingWith("cannot open the store " + file + ": ");
    assertThatThrownBy(() -> EventStore.open(file)).isInstanceOf(StoreException.class)
        .satisfies(e -> assertOneLine(e.getMessage())).hasMessageStartingWith("cannot open the store " + file + ": ");
    assertThat(Arrays.equals(Files.readAllBytes(file), cut)).as("store file unchanged").isTrue();
  }

  private static void assertOneLine(String message) {
    assertThat(message).isNotBlank().doesNotContainPattern("\\R").hasSizeLessThan(300);
  }
}

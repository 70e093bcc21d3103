package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors exit 2 with one line; no command prints the usage and exits 2; {@code -o -} is standard output. */
class CommandLineConventionsTest {
  @TempDir
  Path dir;

  @Test
  void no_arguments_print_the_usage_and_exit_2() {
    CliRun r = CliRun.of();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: depesche").contains("ingest").contains("serve");
  }

  @Test
  void bad_values_and_refused_combinations_exit_2_in_one_line_without_java_names() {
    String db = dir.resolve("s.duckdb").toString();
    EventStore.open(Path.of(db)).close();
    for (String[] args : List.of(
        new String[] {"query", "--db", db, "--format", "xml"},
        new String[] {"query", "--db", db, "--plover", "FOO"},
        new String[] {"query", "--db", db, "--cameo", "36"},
        new String[] {"query", "--db", db, "--from", "2024-05-02", "--to", "2024-05-01"},
        new String[] {"stats", "--db", db, "--top", "0"},
        new String[] {"export", "--db", db, "--format", "xls", "-o", "-"},
        new String[] {"code", "--format", "xml", "x.txt"},
        new String[] {"serve", "--db", db, "--port", "70000"},
        new String[] {"serve", "--db", db, "--cors", "*"},
        new String[] {"serve", "--db", db, "--watch", "http://127.0.0.1:9/f.xml", "--every", "soon"},
        new String[] {"watch", "http://127.0.0.1:9/f.xml", "--db", db, "--rounds", "-1"},
        new String[] {"bench-api", "--db", db, "--runs", "0"},
        new String[] {"nosuchcommand"},
        new String[] {"query", "--frobnicate"})) {
      CliRun r = CliRun.of(args);
      assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
      assertThat(r.err()).as(String.join(" ", args)).doesNotContain("Exception").doesNotContain("java.");
    }
    CliRun missing = CliRun.of("query", "--db", dir.resolve("none.duckdb").toString());
    assertThat(missing.exit()).as("a missing store is no usage error").isEqualTo(1);
  }

  @Test
  void dash_as_output_writes_to_standard_output() throws Exception {
    Path db = dir.resolve("s.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.add(new Article("a1", "Titel", "https://example.org/a1", LocalDate.of(2024, 11, 4), "de", "Text."),
          List.of(), "test");
    }
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    CliRun r;
    try {
      r = CliRun.of("export", "--db", db.toString(), "--format", "csv", "-o", "-");
    } finally {
      System.setOut(old);
    }
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("id,");
    assertThat(r.err()).contains("written to standard output");
    assertThat(dir.resolve("-")).doesNotExist();
    assertThat(Path.of("-")).doesNotExist();
  }
}

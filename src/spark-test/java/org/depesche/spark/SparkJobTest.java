package org.depesche.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.depesche.cli.Main;
import org.depesche.internal.NeedsShared;
import org.depesche.internal.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on 50 Wikinews articles and one broken line finds exactly the events that
 * {@code depesche code} finds for them, read back from its Parquet through DuckDB; the broken line is one error
 * row, not a failed job; and a second run gives the same events with the same ids.
 */
@Tag("corenlp")
@NeedsShared("corpora/de-wikinews.jsonl")
class SparkJobTest {
  @TempDir
  Path dir;

  @Test
  void spark_finds_what_code_finds_and_a_rerun_finds_it_again() throws Exception {
    List<String> head = Files.readAllLines(SharedData.require("corpora/de-wikinews.jsonl"), StandardCharsets.UTF_8)
        .subList(0, 50);
    List<String> lines = new ArrayList<>(head.subList(0, 25));
    lines.add("{\"id\": \"kaputt\", \"text\": ");
    lines.addAll(head.subList(25, 50));
    Path corpus = Files.write(dir.resolve("wikinews-50.jsonl"), lines, StandardCharsets.UTF_8);

    Path coded = dir.resolve("code.jsonl");
    assertThat(Main.run("code", corpus.toString(), "-o", coded.toString())).isEqualTo(3);
    Set<String> expected = new HashSet<>(Files.readAllLines(coded, StandardCharsets.UTF_8));
    assertThat(expected).hasSizeGreaterThan(20);

    Path out = dir.resolve("out");
    assertThat(Main.run("spark", corpus.toString(), "--out", out.toString(), "--master", "local[2]")).isEqualTo(3);
    assertThat(records(out)).isEqualTo(expected);
    assertThat(column(out, "SELECT count(*) FROM read_parquet('" + out + "/articles/*/*.parquet')")).containsExactly("50");
    assertThat(column(out, "SELECT stage || ' ' || \"where\" FROM read_parquet('" + out + "/errors/*.parquet')"))
        .singleElement().asString().startsWith("read file:" + corpus.toAbsolutePath()).contains("@");
    assertThat(column(out, "SELECT DISTINCT event_month = coalesce(strftime(event_day, '%Y-%m'), 'unknown') "
        + "FROM " + events(out))).containsExactly("true");

    assertThat(Main.run("spark", corpus.toString(), "--out", out.toString(), "--master", "local[2]")).isEqualTo(3);
    assertThat(records(out)).isEqualTo(expected);
  }

  private static String events(Path out) {
    return "read_parquet('" + out + "/events/*/*/*.parquet', hive_partitioning = true)";
  }

  private static Set<String> records(Path out) throws SQLException {
    return new HashSet<>(column(out, "SELECT record FROM " + events(out)));
  }

  private static List<String> column(Path out, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}

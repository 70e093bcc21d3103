package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.depesche.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench-api --clients}: a load test bounded in requests and time, on this machine only. */
class BenchApiLoadTest {
  @TempDir
  Path dir;

  @Test
  void concurrent_clients_get_answers_without_errors_and_only_local_servers_are_loaded() {
    Path db = dir.resolve("s.duckdb");
    EventStore.open(db).close();
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    CliRun r;
    try {
      r = CliRun.of("bench-api", "--db", db.toString(), "--clients", "8", "--requests", "200", "--seconds", "60");
    } finally {
      System.setOut(old);
    }
    assertThat(r.exit()).as(r.err() + out).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("8 clients, 200 requests").contains(", 0 errors")
        .contains("99th percentile");
    CliRun remote = CliRun.of("bench-api", "--clients", "8", "--url", "http://example.org:7070");
    assertThat(remote.exit()).isEqualTo(2);
    assertThat(remote.err()).contains("on this machine");
  }
}

package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.article.Article;
import org.depesche.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code serve} opens the store read-only, so other processes can read it meanwhile: {@code serve} runs in
 * a second JVM (this test's class path, {@code java org.depesche.cli.Main serve}), and {@code query}, {@code stats}
 * and {@code export} run here on the same file while it answers; a writer is refused with a message saying who
 * holds the store. No models are needed: the store holds one article without events.
 */
class ServeBesideReadersTest {
  private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir
  Path dir;

  @Test
  void query_stats_and_export_run_in_this_process_beside_serve_in_another() throws Exception {
    Path db = dir.resolve("shared.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.add(new Article("a1", "Titel", "https://example.org/a1", LocalDate.of(2024, 11, 4), "de",
          "Ein Text ohne Ereignis."), List.of(), "test");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "org.depesche.cli.Main", "serve", "--db", db.toString(), "--port", "0").redirectErrorStream(true).start();
    try {
      String base = serving(serve);
      HttpClient http = HttpClient.newHttpClient();
      String status = http.send(HttpRequest.newBuilder(URI.create(base + "api/status")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(status).contains("\"articles\":1").contains("\"readOnly\":true");

      CliRun query = CliRun.of("query", "--db", db.toString(), "--format", "csv");
      assertThat(query.exit()).as(query.err()).isZero();
      CliRun stats = CliRun.of("stats", "--db", db.toString());
      assertThat(stats.exit()).as(stats.err()).isZero();
      Path csv = dir.resolve("events.csv");
      CliRun export = CliRun.of("export", "--db", db.toString(), "--format", "csv", "-o", csv.toString());
      assertThat(export.exit()).as(export.err()).isZero();
      assertThat(csv).exists();
      // two readers in this process as well, and the server still answers
      try (EventStore a = EventStore.openReadOnly(db); EventStore b = EventStore.openReadOnly(db)) {
        assertThat(a.counts().articles()).isEqualTo(1);
        assertThat(b.counts().articles()).isEqualTo(1);
      }
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "api/events")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      // a writer is not let in while serve reads, and is told why
      assertThatThrownBy(() -> EventStore.open(db)).hasMessageContaining("in use by another process")
          .hasMessageContaining("serve --watch");
      CliRun ingest = CliRun.of("ingest", dir.toString(), "--db", db.toString());
      assertThat(ingest.exit()).isNotZero();
      assertThat(ingest.err()).contains("in use by another process").doesNotContain("Exception");
    } finally {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
    // once serve has ended, the store is writable again
    EventStore.open(db).close();
  }

  @Test
  void serve_watch_writes_so_readers_in_another_process_are_refused_with_a_message() throws Exception {
    Path db = dir.resolve("live.duckdb");
    Path feed = java.nio.file.Files.writeString(dir.resolve("leer.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\">"
        + "<channel><title>Leer</title><link>http://127.0.0.1/</link><description>-</description></channel></rss>");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.depesche.cli.Main",
        "serve", "--db", db.toString(), "--port", "0", "--watch", feed.toString(), "--every", "1h")
        .redirectErrorStream(true).start();
    try {
      String base = serving(serve);
      String status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/status")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(status).contains("\"live\":true").contains("\"readOnly\":false");
      CliRun query = CliRun.of("query", "--db", db.toString());
      assertThat(query.exit()).isEqualTo(1);
      assertThat(query.err().strip().lines()).hasSize(1).first().asString().contains("in use by another process")
          .contains("one that writes to it");
    } finally {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
  }

  /** The URL serve prints once it listens; fails if it ends first or takes more than a minute. */
  private static String serving(Process serve) throws Exception {
    CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
      StringBuilder seen = new StringBuilder();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          seen.append(line).append('\n');
          Matcher m = SERVING.matcher(line);
          if (m.find()) {
            return m.group(1);
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      throw new IllegalStateException("serve ended without serving: " + seen);
    });
    return url.get(60, TimeUnit.SECONDS);
  }
}

package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.cli.WatchCommandTest.rss;
import static org.depesche.cli.WatchCommandTest.send;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.depesche.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cap on the pages {@code watch} (and {@code serve --watch}) fetches of one feed in one poll. */
class WatchPagesCapTest {
  @TempDir
  Path dir;

  /** No models needed: only which pages a round fetches, not their coding. */
  @Test
  void a_round_fetches_at_most_max_pages_new_pages_of_a_feed() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    AtomicInteger pages = new AtomicInteger();
    server.createContext("/feed.xml", x -> send(x, 200, "application/rss+xml", rss(base, 3)));
    server.createContext("/artikel/", x -> {
      pages.incrementAndGet();
      send(x, 200, "text/html; charset=utf-8", "<html><body><article><h1>Titel</h1><p>Ein Text.</p></article>"
          + "</body></html>");
    });
    server.start();
    try (EventStore db = EventStore.open(dir.resolve("cap.duckdb"))) {
      IngestReport report = new IngestReport(false);
      assertThat(WatchCommand.newItems(db, java.util.List.of(base + "/feed.xml"), new InputOptions(), 2, report))
          .hasSize(2);
      assertThat(pages.get()).isEqualTo(2);
      assertThat(report.problems()).isEmpty();
    } finally {
      server.stop(0);
    }
    assertThat(CliRun.of("watch", base + "/feed.xml", "--db", dir.resolve("w.duckdb").toString(), "--max-pages",
        "0").err()).contains("--max-pages takes 1 or more");
  }

}

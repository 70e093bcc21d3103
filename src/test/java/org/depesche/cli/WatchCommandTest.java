package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.depesche.store.EventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} against a feed on a local server that is down, then broken, then fine, then grows. */
@Tag("corenlp")
class WatchCommandTest {
  @TempDir
  Path dir;

  static final String[] PAGES = {
      "Ministerin besucht Warschau|Die deutsche Außenministerin traf am Montag in Warschau den polnischen "
          + "Außenminister. Beide Seiten vereinbarten eine engere Zusammenarbeit.",
      "Streit um Getreide|Die Ukraine kritisierte Ungarn wegen des Einfuhrverbots für Getreide scharf.",
      "Gipfel in Brüssel|Frankreich und Deutschland einigten sich in Brüssel auf einen gemeinsamen Vorschlag."};

  static String rss(String base, int items) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Testfeed</title><link>" + base + "</link><description>Test</description>");
    for (int i = 0; i < items; i++) {
      s.append("<item><title>").append(PAGES[i].split("\\|")[0]).append("</title><link>").append(base)
          .append("/artikel/").append(i).append(".html</link><pubDate>Mon, 04 Nov 2024 10:00:00 GMT</pubDate></item>");
    }
    return s.append("</channel></rss>").toString();
  }

  static void send(com.sun.net.httpserver.HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void a_feed_that_fails_and_recovers_is_ingested_and_new_items_only_once() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    AtomicInteger polls = new AtomicInteger();
    server.createContext("/feed.xml", x -> {
      int n = polls.incrementAndGet();
      if (n == 1) {
        send(x, 503, "text/plain", "down for maintenance");
      } else if (n == 2) {
        send(x, 200, "application/rss+xml", "<rss><channel><item><title>kaputt");
      } else {
        send(x, 200, "application/rss+xml", rss(base, n == 3 ? 2 : 3));
      }
    });
    server.createContext("/artikel/", x -> {
      int i = Integer.parseInt(x.getRequestURI().getPath().replaceAll("\\D", ""));
      String[] p = PAGES[i].split("\\|");
      send(x, 200, "text/html; charset=utf-8", "<html><head><title>" + p[0] + "</title>"
          + "<meta property=\"article:published_time\" content=\"2024-11-04T09:00:00Z\"></head><body><article><h1>"
          + p[0] + "</h1><p>" + p[1] + "</p></article></body></html>");
    });
    server.start();
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    Path db = dir.resolve("watch.duckdb");
    int exit;
    try {
      exit = Main.run("watch", base + "/feed.xml", "--db", db.toString(), "--every", "1s", "--rounds", "5");
    } finally {
      System.setErr(old);
      server.stop(0);
    }
    String log = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(log).isZero();
    assertThat(log).contains("round 1: 0 new articles, 1 problems").contains("round 2: 0 new articles, 1 problems")
        .contains("round 3: 2 new articles").contains("round 4: 1 new articles").contains("round 5: 0 new articles");
    try (EventStore s = EventStore.open(db)) {
      assertThat(s.counts().articles()).isEqualTo(3);
    }
  }

  @Test
  void intervals_read_seconds_minutes_and_hours_and_refuse_the_rest() {
    assertThat(WatchCommand.interval("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(WatchCommand.interval("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(WatchCommand.interval("2h")).isEqualTo(Duration.ofHours(2));
    assertThatThrownBy(() -> WatchCommand.interval("soon")).hasMessageContaining("--every");
    assertThatThrownBy(() -> WatchCommand.interval("0s")).hasMessageContaining("--every");
  }
}

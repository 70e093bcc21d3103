package org.depesche.cli;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.store.EventStore;
import org.depesche.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code depesche bench-api}: serves a store on a free local port and times filtered event queries over HTTP, as the
 * web UI sends them; prints the median of many runs per query.
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
    description = "Measures how fast the REST API answers filtered event queries over a store.")
final class BenchApiCommand implements Callable<Integer> {
  /** Queries as the page sends them: one filter, several, words, and the network and timeline beside. */
  private static final List<String> QUERIES = List.of(
      "/api/events?actor=USA&limit=50",
      "/api/events?actor=USA&cameo=11&from=2005-01-01&to=2012-12-31&limit=50",
      "/api/events?dyad=ISR,PSE&modality=asserted&limit=50",
      "/api/events?plover=ACCUSE&text=Regierung&limit=50",
      "/api/dyads?actor=DEU&limit=60",
      "/api/timeline?actor=DEU&unit=month",
      "/api/events?near=52.52,13.40,100&limit=50",
      "/api/events?country=AUT&cameo=17&limit=50",
      "/api/places?from=2005-01-01");

  @Mixin
  StoreOption store;

  @Option(names = "--runs", description = "Timed requests per query after five warm-ups (default: 51).")
  int runs = 51;

  @Override
  public Integer call() throws Exception {
    store.existing();
    if (runs < 1) {
      throw new UsageException("--runs takes 1 or more, not " + runs);
    }
    try (EventStore db = EventStore.openReadOnly(store.db)) {
      EventStore.Counts n = db.counts();
      System.out.printf("store: %d articles, %d events, %d clusters%n", n.articles(), n.events(), n.clusters());
      Javalin app = WebServer.create(db).start("127.0.0.1", 0);
      HttpClient http = HttpClient.newHttpClient();
      try {
        for (String q : QUERIES) {
          HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + q)).build();
          List<Double> ms = new ArrayList<>();
          for (int i = 0; i < runs + 5; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
              throw new IllegalStateException(q + ": HTTP " + r.statusCode() + " " + r.body());
            }
            if (i >= 5) {
              ms.add((System.nanoTime() - t0) / 1e6);
            }
          }
          ms.sort(Double::compare);
          System.out.printf("%-75s median %6.1f ms  (90th percentile %6.1f ms)%n", q, ms.get(ms.size() / 2),
              ms.get((int) (ms.size() * 0.9)));
        }
      } finally {
        app.stop();
      }
    }
    return 0;
  }
}

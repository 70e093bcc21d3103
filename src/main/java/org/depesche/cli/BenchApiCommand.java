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
 * web UI sends them; prints the median of many runs per query. With {@code --clients N}, a load test instead: N
 * clients at once send the same queries (and the page's status poll) until {@code --requests} are answered or
 * {@code --seconds} are over, against this store or, with {@code --url}, a server on this machine that is already
 * running (a {@code serve --watch} that ingests meanwhile); prints median, 99th percentile and errors.
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

  @Option(names = "--clients", paramLabel = "N", description = "A load test with N concurrent clients.")
  Integer clients;

  @Option(names = "--requests", paramLabel = "N", description = "Load test: stop after N requests (default: 10000).")
  int requests = 10_000;

  @Option(names = "--seconds", paramLabel = "S", description = "Load test: stop after S seconds (default: 120).")
  int seconds = 120;

  @Option(names = "--url", paramLabel = "http://127.0.0.1:7070",
      description = "Load test: a server already running on this machine, instead of serving --db here.")
  URI url;

  @Override
  public Integer call() throws Exception {
    if (clients != null) {
      return load();
    }
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

  /** The load test: bounded in requests and time, against this machine only. */
  private int load() throws Exception {
    if (clients < 1 || clients > 1000 || requests < 1 || seconds < 1) {
      throw new UsageException("--clients takes 1 to 1000, --requests and --seconds 1 or more");
    }
    if (url != null) {
      String host = String.valueOf(url.getHost());
      if (!List.of("127.0.0.1", "localhost", "[::1]", "::1").contains(host) || !"http".equals(url.getScheme())) {
        throw new UsageException("--url takes a server on this machine (http://127.0.0.1:PORT), not " + url);
      }
      return load(url.toString().replaceAll("/+$", ""));
    }
    store.existing();
    try (EventStore db = EventStore.openReadOnly(store.db)) {
      Javalin app = WebServer.create(db).start("127.0.0.1", 0);
      try {
        return load("http://127.0.0.1:" + app.port());
      } finally {
        app.stop();
      }
    }
  }

  private int load(String base) throws Exception {
    List<String> paths = new ArrayList<>(QUERIES);
    paths.add("/api/status");
    paths.add("/api/events?limit=50");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ConcurrentLinkedQueue<Double> ms = new java.util.concurrent.ConcurrentLinkedQueue<>();
    java.util.concurrent.ConcurrentLinkedQueue<String> firstErrors = new java.util.concurrent.ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < requests && System.nanoTime() < end; ) {
          String path = paths.get(i % paths.size());
          long start = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
              firstErrors.add(path + ": HTTP " + r.statusCode());
            }
          } catch (java.io.IOException e) {
            errors.incrementAndGet();
            firstErrors.add(path + ": " + e.getMessage());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          ms.add((System.nanoTime() - start) / 1e6);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
    double wall = (System.nanoTime() - t0) / 1e9;
    List<Double> sorted = new ArrayList<>(ms);
    sorted.sort(Double::compare);
    if (sorted.isEmpty()) {
      throw new IllegalStateException("no request was answered");
    }
    System.out.printf("%d clients, %d requests in %.1f s (%.0f per second), %d errors; latency median %.1f ms, "
            + "99th percentile %.1f ms, max %.1f ms%n", clients, sorted.size(), wall, sorted.size() / wall,
        errors.get(), sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1,
            (int) Math.ceil(sorted.size() * 0.99) - 1)), sorted.get(sorted.size() - 1));
    firstErrors.stream().limit(5).forEach(e -> System.out.println("  error: " + e));
    return errors.get() == 0 ? 0 : 1;
  }
}

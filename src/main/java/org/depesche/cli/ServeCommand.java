package org.depesche.cli;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.depesche.ingest.Ingestor;
import org.depesche.store.EventStore;
import org.depesche.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Opens the store in the browser: the web UI and its REST API, on this machine only unless told otherwise. Alone it
 * opens the store read-only, so {@code query}, {@code stats} and {@code export} can read it meanwhile; with
 * {@code --watch} it also polls feeds and ingests their new items in the same process, which then is the one that
 * writes to the store, and the page picks up what arrives.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the web UI and the REST API (/api/...) over an event store; with --watch, also polls "
        + "feeds and ingests their new items while it serves.")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Mixin
  InputOptions options;

  @Option(names = "--host", description = "The address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "The port (default: 7070; 0 picks a free one).")
  int port = 7070;

  @Option(names = "--watch", paramLabel = "FEED", arity = "1..*",
      description = "Feed URLs (or feed files) to poll and ingest while serving; the store is created if needed.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--every", paramLabel = "30s|15m|1h", description = "How often to poll the feeds (default: 15m).")
  String every = "15m";

  @Option(names = "--max-pages", paramLabel = "N",
      description = "Fetch at most N new pages of each feed per poll; the rest wait for the next (default: 50).")
  int maxPages = WatchCommand.DEFAULT_MAX_PAGES;

  @Option(names = "--cors", paramLabel = "ORIGIN",
      description = "Let pages from this origin (https://example.org) call the API; repeatable; default: none.")
  List<String> cors = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    try (Running running = start()) {
      System.err.printf("depesche: serving %s at http://%s:%d/ (Ctrl-C stops)%n", running.what, host,
          running.app.port());
      awaitShutdown(running.app);
    }
    return 0;
  }

  /**
   * The store opened (read-only unless feeds are watched), the server started and the feeds' watcher with it.
   *
   * @throws IllegalArgumentException for a bad option, before anything is opened
   */
  Running start() {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port takes 0 to 65535, not " + port);
    }
    WebServer.Options web;
    try {
      web = new WebServer.Options(cors, !feeds.isEmpty());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (feeds.isEmpty()) {
      store.existing();
      EventStore db = EventStore.openReadOnly(store.db);
      return new Running(db, start(db, web), null, store.db + " (read-only)");
    }
    Duration pause = WatchCommand.interval(every);
    WatchCommand.checkMaxPages(maxPages);
    EventStore db = EventStore.open(store.db);
    Javalin app = start(db, web);
    Thread watcher = new Thread(() -> watch(db, pause), "depesche-watch");
    watcher.setDaemon(true);
    watcher.start();
    return new Running(db, app, watcher,
        store.db + ", watching " + feeds.size() + " feed(s) every " + every);
  }

  private Javalin start(EventStore db, WebServer.Options web) {
    try {
      return WebServer.create(db, web).start(host, port);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** A running server: closing it stops the watcher, then the server, then closes the store. */
  static final class Running implements AutoCloseable {
    final EventStore db;
    final Javalin app;
    final Thread watcher;
    final String what;

    Running(EventStore db, Javalin app, Thread watcher, String what) {
      this.db = db;
      this.app = app;
      this.watcher = watcher;
      this.what = what;
    }

    @Override
    public void close() throws InterruptedException {
      if (watcher != null) {
        watcher.interrupt();
        watcher.join(10_000);
      }
      app.stop();
      db.close();
    }
  }

  /** Polls the feeds until interrupted; a round that fails is reported and the next one tried. */
  private void watch(EventStore db, Duration pause) {
    Ingestor ingestor = new Ingestor(db, options::pipeline, options.threads);
    for (int round = 1; !Thread.currentThread().isInterrupted(); round++) {
      try {
        WatchCommand.round(db, ingestor, feeds, options, maxPages, round);
      } catch (RuntimeException e) {
        System.err.println("depesche: round " + round + " failed: " + e.getMessage());
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Serves until the process is stopped; prints the URL. */
  static void serve(EventStore db, String name, String host, int port, WebServer.Options web)
      throws InterruptedException {
    Javalin app = WebServer.create(db, web).start(host, port);
    System.err.printf("depesche: serving %s at http://%s:%d/ (Ctrl-C stops)%n", name, host, app.port());
    awaitShutdown(app);
  }

  /** Waits until the process is stopped (Ctrl-C, a signal), then stops the server. */
  private static void awaitShutdown(Javalin app) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    stopped.await();
  }
}

package org.depesche.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.depesche.store.EventStore;
import org.depesche.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Opens the store in the browser: the web UI and its REST API, on this machine only unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the web UI and the REST API (/api/...) over an event store.")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = "--host", description = "The address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "The port (default: 7070; 0 picks a free one).")
  int port = 7070;

  @Override
  public Integer call() throws Exception {
    store.existing();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port takes 0 to 65535, not " + port);
    }
    try (EventStore db = EventStore.open(store.db)) {
      serve(db, store.db.toString(), host, port);
    }
    return 0;
  }

  /** Serves until the process is stopped; prints the URL. */
  static void serve(EventStore db, String name, String host, int port) throws InterruptedException {
    Javalin app = WebServer.create(db).start(host, port);
    System.err.printf("depesche: serving %s at http://%s:%d/ (Ctrl-C stops)%n", name, host, app.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    stopped.await();
  }
}

package org.depesche.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.depesche.store.EventStore;

/**
 * The web UI and its REST API over one event store: the page (from the jar, its scripts from WebJars) and
 * read-only JSON endpoints documented in {@code /api/openapi.json}. Bad parameters get 400 with a message.
 */
public final class WebServer {
  private WebServer() {}

  /** The server for {@code store}, not yet started. */
  public static Javalin create(EventStore store) {
    Api api = new Api(store);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/depesche/web";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    app.get("/api/events", api::events);
    app.get("/api/events/{id}", api::event);
    app.get("/api/actors", api::actors);
    app.get("/api/dyads", api::dyads);
    app.get("/api/timeline", api::timeline);
    app.get("/api/articles/{id}", api::article);
    // the query's checks speak of command-line options; here they are parameters
    app.exception(IllegalArgumentException.class,
        (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage().replace("--", ""))));
    app.exception(java.time.format.DateTimeParseException.class,
        (e, ctx) -> ctx.status(400).json(Map.of("error", "not a date (YYYY-MM-DD): " + e.getParsedString())));
    app.exception(NotFound.class, (e, ctx) -> ctx.status(404).json(Map.of("error", e.getMessage())));
    return app;
  }

  /** A thing the request names that the store does not hold. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}

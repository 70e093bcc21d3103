package org.depesche.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.depesche.store.EventStore;

/**
 * The web UI and its REST API over one event store: the page (from the jar, its scripts from WebJars) and
 * read-only JSON endpoints documented in {@code /api/openapi.json}. Bad parameters get 400 and unknown ids 404,
 * each with {@code {"error": message}}.
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
    app.get("/api/places", api::places);
    app.get("/api/articles/{id}", api::article);
    // the handlers throw Javalin's BadRequestResponse and NotFoundResponse; the API documents its errors as one field
    app.exception(HttpResponseException.class,
        (e, ctx) -> ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
    return app;
  }
}

package org.depesche.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import org.depesche.store.EventStore;

/**
 * The web UI and its REST API over one event store: the page (from the jar, its scripts from WebJars) and
 * read-only JSON endpoints documented in {@code /api/openapi.json}. Every failure is answered with
 * {@code {"error": message}}: a bad parameter 400, an unknown id or route 404, a method other than GET 405, anything
 * else 500 (without the Java exception's text). The page gets a Content-Security-Policy that lets only its own
 * scripts run; cross-origin calls to the API are refused unless an origin is allowed.
 */
public final class WebServer {
  /** Only the page's own scripts, styles, images and API; no frames, plugins or forms to elsewhere. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  /**
   * How to serve.
   *
   * @param corsOrigins origins (scheme, host and port, as {@code https://example.org}) whose pages may call the
   *                    API; none by default
   * @param live        whether the store changes while it is served ({@code serve --watch}), so the page polls
   *                    {@code /api/status} and reloads what it shows when the store grows
   */
  public record Options(List<String> corsOrigins, boolean live) {
    public static final Options DEFAULT = new Options(List.of(), false);

    public Options {
      corsOrigins = List.copyOf(corsOrigins);
      for (String origin : corsOrigins) {
        if (!origin.matches("https?://[^/?#\\s]+")) {
          throw new IllegalArgumentException("--cors takes an origin such as https://example.org (scheme, host, "
              + "port; no path), not '" + origin + "'");
        }
      }
    }
  }

  private WebServer() {}

  /** The server for {@code store}, with the default options, not yet started. */
  public static Javalin create(EventStore store) {
    return create(store, Options.DEFAULT);
  }

  /** The server for {@code store}, not yet started. */
  public static Javalin create(EventStore store, Options options) {
    Api api = new Api(store, options.live());
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.prefer405over404 = true;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/depesche/web";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      if (!options.corsOrigins().isEmpty()) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          options.corsOrigins().forEach(rule::allowHost);
        }));
      }
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
    app.get("/api/events", api::events);
    app.get("/api/events/{id}", api::event);
    app.get("/api/actors", api::actors);
    app.get("/api/dyads", api::dyads);
    app.get("/api/timeline", api::timeline);
    app.get("/api/places", api::places);
    app.get("/api/articles/{id}", api::article);
    app.get("/api/status", api::status);
    // the handlers throw Javalin's BadRequestResponse and NotFoundResponse; the API documents its errors as one field
    app.exception(HttpResponseException.class, (e, ctx) -> answered(ctx, e.getStatus(),
        e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode() ? notAllowed(ctx) : e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("depesche: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      answered(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "the server failed to answer");
    });
    app.error(HttpStatus.NOT_FOUND, ctx -> error(ctx, "no such route or file: " + ctx.path()));
    app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> error(ctx, notAllowed(ctx)));
    return app;
  }

  private static String notAllowed(Context ctx) {
    return ctx.method() + " is not allowed on " + ctx.path() + ": the API is read-only (GET)";
  }

  private static final String ANSWERED = "depesche.error";

  /** An error a handler raised, answered with its own message (which {@link #error} then leaves alone). */
  private static void answered(Context ctx, int status, String message) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status).json(Map.of("error", message));
  }

  /** An error no handler answered (an unknown route, a wrong method), in the API's form. */
  private static void error(Context ctx, String message) {
    if (ctx.attribute(ANSWERED) == null) {
      ctx.json(Map.of("error", message));
    }
  }
}

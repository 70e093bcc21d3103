package org.depesche.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A web site on 127.0.0.1 and a free port, serving canned responses and noting every request it gets. */
final class TestSite implements AutoCloseable {
  /** One canned response; a positive {@code delayMillis} makes the server dawdle before answering. */
  record Response(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis,
      boolean chunked) {
    static Response of(int status, String contentType, String body) {
      return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0, false);
    }
  }

  /**
   * A request as the server saw it: its path, some of its headers, and when it came ({@link System#nanoTime}).
   */
  record Request(String path, String userAgent, String acceptEncoding, String ifNoneMatch, String ifModifiedSince,
      long nanos) {}

  private final Map<String, Response> responses = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "test-site");
    t.setDaemon(true);
    return t;
  });
  private final HttpServer server;

  TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::answer);
    server.start();
  }

  /** The absolute URL of {@code path} on this site. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  TestSite serve(String path, Response response) {
    responses.put(path, response);
    return this;
  }

  TestSite html(String path, String html) {
    return serve(path, Response.of(200, "text/html; charset=utf-8", html));
  }

  TestSite robots(String text) {
    return serve("/robots.txt", Response.of(200, "text/plain", text));
  }

  TestSite redirect(String path, String location) {
    return serve(path, new Response(301, "text/plain", new byte[0], Map.of("Location", location), 0, false));
  }

  List<Request> requests() {
    return requests;
  }

  long requestsFor(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (exchange.getRequestURI().getRawQuery() != null) {
      path += "?" + exchange.getRequestURI().getRawQuery();
    }
    var headers = exchange.getRequestHeaders();
    requests.add(new Request(path, headers.getFirst("User-Agent"), headers.getFirst("Accept-Encoding"),
        headers.getFirst("If-None-Match"), headers.getFirst("If-Modified-Since"), System.nanoTime()));
    Response r = responses.getOrDefault(path, Response.of(404, "text/html", "<p>Nicht gefunden</p>"));
    // as a server does: a response whose validator the client names again has not changed
    String etag = r.headers().get("ETag");
    String modified = r.headers().get("Last-Modified");
    if (etag != null && etag.equals(headers.getFirst("If-None-Match"))
        || etag == null && modified != null && modified.equals(headers.getFirst("If-Modified-Since"))) {
      r = new Response(304, r.contentType(), new byte[0], r.headers(), 0, false);
    }
    try (exchange) {
      if (r.delayMillis() > 0) {
        Thread.sleep(r.delayMillis());
      }
      exchange.getResponseHeaders().set("Content-Type", r.contentType());
      r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      exchange.sendResponseHeaders(r.status(), r.chunked() ? 0 : r.body().length == 0 ? -1 : r.body().length);
      if (r.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(r.body());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException clientGaveUp) {
      // the fetcher under test may hang up on purpose (timeouts, oversized bodies)
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

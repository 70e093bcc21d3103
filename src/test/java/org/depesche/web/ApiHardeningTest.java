package org.depesche.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.depesche.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's answers to what it does not serve, on an empty store (no models needed): every failure is JSON with
 * an {@code error}; unknown routes 404, other methods than GET 405, bad, unknown and empty filters 400; CORS only
 * for the origins allowed; the page's security headers.
 */
class ApiHardeningTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  Path dir;

  private EventStore store;
  private Javalin app;

  private String serve(WebServer.Options options) {
    store = EventStore.open(dir.resolve("empty.duckdb"));
    app = WebServer.create(store, options).start("127.0.0.1", 0);
    return "http://127.0.0.1:" + app.port();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
      store.close();
      app = null;
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String error(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("error").asText()).isNotBlank();
    return body.get("error").asText();
  }

  @Test
  void unknown_routes_are_404_and_other_methods_405_each_with_a_json_error() throws Exception {
    String base = serve(WebServer.Options.DEFAULT);
    for (String path : List.of("/api/nothing", "/api/events/x/y", "/api", "/nothing.html")) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)));
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(error(r)).as(path).contains(path);
    }
    HttpResponse<String> unknownId = send(HttpRequest.newBuilder(URI.create(base + "/api/events/nope")));
    assertThat(unknownId.statusCode()).isEqualTo(404);
    assertThat(error(unknownId)).isEqualTo("no event nope");
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      for (String path : List.of("/api/events", "/api/events/x", "/api/places", "/api/status")) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(error(r)).as(method + " " + path).contains(method);
      }
    }
  }

  @Test
  void unknown_codes_and_empty_ranges_are_400_on_every_filtered_route() throws Exception {
    String base = serve(WebServer.Options.DEFAULT);
    for (String route : List.of("/api/events", "/api/dyads", "/api/timeline", "/api/places")) {
      for (String bad : List.of("plover=FOO", "cameo=36", "cameo=2099", "cameo=99", "from=2024-05-02&to=2024-05-01",
          "quad=0", "modality=x", "near=1,2", "country=12", "dyad=,")) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + route + "?" + bad)));
        assertThat(r.statusCode()).as(route + "?" + bad).isEqualTo(400);
        assertThat(error(r)).as(route + "?" + bad).isNotBlank();
      }
      for (String good : List.of("plover=consult", "cameo=04", "cameo=036", "cameo=0841",
          "from=2024-05-01&to=2024-05-01")) {
        assertThat(send(HttpRequest.newBuilder(URI.create(base + route + "?" + good))).statusCode())
            .as(route + "?" + good).isEqualTo(200);
      }
    }
    String plover = error(send(HttpRequest.newBuilder(URI.create(base + "/api/events?plover=FOO"))));
    assertThat(plover).startsWith("plover").contains("'FOO'").contains("CONSULT");
    assertThat(error(send(HttpRequest.newBuilder(URI.create(base + "/api/events?cameo=36"))))).contains("'36'");
    assertThat(error(send(HttpRequest.newBuilder(URI.create(base + "/api/events?from=2024-05-02&to=2024-05-01")))))
        .contains("after");
  }

  @Test
  void the_page_and_the_api_carry_security_headers() throws Exception {
    String base = serve(WebServer.Options.DEFAULT);
    for (String path : List.of("/", "/app.js", "/api/events", "/api/nothing")) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("script-src 'self'").contains("object-src 'none'")
          .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
    }
    assertThat(send(HttpRequest.newBuilder(URI.create(base + "/"))).body()).as("no inline script the policy blocks")
        .doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|\\son[a-z]+=");
    JsonNode status = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/status"))).body());
    assertThat(status.get("events").asInt()).isZero();
    assertThat(status.get("live").asBoolean()).isFalse();
  }

  @Test
  void cross_origin_calls_are_refused_unless_the_origin_is_allowed() throws Exception {
    String base = serve(WebServer.Options.DEFAULT);
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
        .header("Origin", "https://example.org"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    stop();

    base = serve(new WebServer.Options(List.of("https://example.org"), false));
    HttpResponse<String> allowed = send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
        .header("Origin", "https://example.org"));
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://example.org");
    HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
        .header("Origin", "https://evil.example"));
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void a_cors_origin_must_be_an_origin() {
    for (String bad : List.of("*", "example.org", "https://example.org/path", "ftp://example.org")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebServer.Options(List.of(bad), false))
          .as(bad).hasMessageContaining("--cors");
    }
  }
}

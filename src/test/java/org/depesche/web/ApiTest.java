package org.depesche.web;

import static org.assertj.core.api.Assertions.assertThat;
import org.depesche.internal.NeedsShared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.depesche.cli.TestStores;
import org.depesche.eval.GreatCircle;
import org.depesche.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every endpoint of the REST API on the seeds and the Wikinews corpus, with good and bad parameters. */
@Tag("corenlp")
@NeedsShared({"seeds", "corpora/de-wikinews.jsonl"})
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static EventStore store;
  private static Javalin app;
  private static String base;

  @BeforeAll
  static void serve() throws Exception {
    store = EventStore.open(TestStores.seedsAndWikinews());
    app = WebServer.create(store).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) { // null when the shared data is absent and the class was skipped
      app.stop();
      store.close();
    }
  }

  private record Reply(int status, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  private static Reply get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body());
  }

  @Test
  void events_filter_page_and_carry_their_cluster() throws Exception {
    JsonNode page = get("/api/events?dyad=UKR,JPN&limit=2").json();
    assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(page.get("events")).hasSize(2);
    for (JsonNode e : page.get("events")) {
      assertThat(e.get("source").get("code").asText() + e.get("target").get("code").asText())
          .contains("UKR").contains("JPN");
      assertThat(e.get("cluster").get("mentions").asInt()).isPositive();
    }
    JsonNode next = get("/api/events?dyad=UKR,JPN&limit=2&offset=2").json();
    assertThat(next.get("offset").asInt()).isEqualTo(2);
    if (next.get("events").size() > 0) {
      assertThat(next.get("events").get(0).get("id")).isNotEqualTo(page.get("events").get(0).get("id"));
    }
    JsonNode mentions = get("/api/events?actor=UKR&mentions=true&limit=500").json();
    JsonNode clusters = get("/api/events?actor=UKR&limit=500").json();
    assertThat(mentions.get("total").asInt()).isGreaterThanOrEqualTo(clusters.get("total").asInt());
    assertThat(get("/api/events?cameo=04&from=2024-10-29&to=2024-10-29&modality=asserted&text=Telefongespräch")
        .json().get("total").asInt()).isPositive();
  }

  @Test
  void one_event_has_its_evidence_article_and_cluster_and_an_unknown_one_is_404() throws Exception {
    String id = get("/api/events?dyad=UKR,JPN&limit=1").json().get("events").get(0).get("id").asText();
    JsonNode e = get("/api/events/" + id).json();
    assertThat(e.get("evidence").asText()).isNotBlank();
    assertThat(e.get("stored_article").get("id").asText()).isNotBlank();
    assertThat(e.get("cluster").get("id").asLong()).isPositive();
    Reply missing = get("/api/events/nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asText()).contains("nope");
  }

  @Test
  void actors_dyads_and_timeline() throws Exception {
    JsonNode actors = get("/api/actors?limit=5").json();
    assertThat(actors).hasSize(5);
    assertThat(actors.get(0).get("events").asInt()).isGreaterThanOrEqualTo(actors.get(4).get("events").asInt());
    JsonNode dyads = get("/api/dyads?actor=UKR").json();
    assertThat(dyads).anySatisfy(d -> assertThat(d.get("source").asText() + ">" + d.get("target").asText())
        .isIn("UKR>JPN", "JPN>UKR"));
    assertThat(dyads.get(0).has("goldstein")).isTrue();
    JsonNode months = get("/api/timeline?actor=UKR&unit=month").json();
    assertThat(months).isNotEmpty();
    assertThat(months.get(0).get("period").asText()).matches("\\d{4}-\\d{2}-01");
    assertThat(get("/api/timeline?unit=week").status()).isEqualTo(200);
  }

  @Test
  void an_article_comes_with_its_text_and_all_its_events() throws Exception {
    JsonNode e = get("/api/events?dyad=UKR,JPN&limit=1").json().get("events").get(0);
    String article = get("/api/events/" + e.get("id").asText()).json().get("stored_article").get("id").asText();
    JsonNode a = get("/api/articles/" + java.net.URLEncoder.encode(article, java.nio.charset.StandardCharsets.UTF_8))
        .json();
    assertThat(a.get("text").asText()).contains(e.get("evidence").asText());
    assertThat(a.get("events").size()).isPositive();
    assertThat(get("/api/articles/nope").status()).isEqualTo(404);
  }

  @Test
  void events_carry_their_location_and_filter_by_its_country_and_distance() throws Exception {
    JsonNode all = get("/api/events?limit=500").json();
    for (JsonNode e : all.get("events")) {
      assertThat(e.has("location")).as("every event has the field, null or not").isTrue();
    }
    JsonNode located = null;
    for (JsonNode e : all.get("events")) {
      if (e.get("location").hasNonNull("lat")) {
        located = e.get("location");
        break;
      }
    }
    assertThat(located).as("some event of the Wikinews corpus has a place with coordinates").isNotNull();
    double lat = located.get("lat").asDouble();
    double lon = located.get("lon").asDouble();
    assertThat(located.get("country").asText()).matches("[A-Z]{3}");
    assertThat(located.get("basis").asText()).isIn("sentence", "article");

    JsonNode near = get("/api/events?limit=500&mentions=true&near=" + lat + "," + lon + ",50").json();
    assertThat(near.get("total").asInt()).isPositive();
    for (JsonNode e : near.get("events")) {
      JsonNode l = e.get("location");
      assertThat(GreatCircle.km(lat, lon, l.get("lat").asDouble(), l.get("lon").asDouble())).isLessThanOrEqualTo(50);
    }
    String country = located.get("country").asText();
    JsonNode inCountry = get("/api/events?limit=500&mentions=true&country=" + country.toLowerCase()).json();
    assertThat(inCountry.get("total").asInt()).isPositive();
    for (JsonNode e : inCountry.get("events")) {
      assertThat(e.get("location").get("country").asText()).isEqualTo(country);
    }
    assertThat(get("/api/events?near=0,-160,100").json().get("total").asInt()).as("the Pacific").isZero();
  }

  @Test
  void places_count_events_per_place_and_country_with_the_same_filters() throws Exception {
    JsonNode places = get("/api/places").json();
    assertThat(places.get("places")).isNotEmpty();
    assertThat(places.get("countries")).isNotEmpty();
    JsonNode top = places.get("places").get(0);
    assertThat(top.get("name").asText()).isNotBlank();
    assertThat(top.get("events").asInt()).isPositive();
    assertThat(top.get("lat").asDouble()).isBetween(-90.0, 90.0);
    JsonNode germany = null;
    for (JsonNode c : places.get("countries")) {
      if (c.get("country").asText().equals("DEU")) {
        germany = c;
      }
    }
    assertThat(germany).isNotNull();
    assertThat(germany.get("numeric").asText()).as("the id of Germany in world-atlas").isEqualTo("276");
    assertThat(germany.get("events").asInt()).isGreaterThanOrEqualTo(germany.get("countryLevel").asInt());
    // the same filters as the events: what is near the top place is the top place at least
    JsonNode near = get("/api/places?near=" + top.get("lat").asText() + "," + top.get("lon").asText() + ",1").json();
    assertThat(near.get("places")).anySatisfy(p -> assertThat(p.get("name").asText()).isEqualTo(top.get("name")
        .asText()));
    assertThat(near.get("places")).allSatisfy(p -> assertThat(GreatCircle.km(top.get("lat").asDouble(),
        top.get("lon").asDouble(), p.get("lat").asDouble(), p.get("lon").asDouble())).isLessThanOrEqualTo(1));
    JsonNode onlyGermany = get("/api/places?country=DEU").json();
    assertThat(onlyGermany.get("countries")).singleElement()
        .satisfies(c -> assertThat(c.get("country").asText()).isEqualTo("DEU"));
    assertThat(get("/vendor/world-atlas/countries-110m.json").json().get("type").asText()).isEqualTo("Topology");
  }

  @Test
  void bad_parameters_get_400_with_a_message() throws Exception {
    for (String bad : new String[] {"/api/events?quad=9", "/api/events?quad=x", "/api/events?limit=501",
        "/api/events?limit=0", "/api/events?offset=-1", "/api/events?from=gestern", "/api/events?cameo=abc",
        "/api/events?dyad=UKR", "/api/events?modality=sure", "/api/events?by=never", "/api/timeline?unit=year",
        "/api/dyads?limit=100000", "/api/actors?limit=-3", "/api/events?near=91,0,5", "/api/events?near=a,b,c",
        "/api/events?near=52.5,13.4,-1", "/api/events?near=52.5,13.4", "/api/events?country=Germany",
        "/api/places?near=0,200,5", "/api/places?country=DE", "/api/dyads?near=x", "/api/timeline?country=1"}) {
      Reply r = get(bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.json().get("error").asText()).as(bad).isNotBlank();
    }
  }

  @Test
  void the_api_is_documented_the_page_served_and_static_routes_stay_inside_the_jar() throws Exception {
    JsonNode spec = get("/api/openapi.json").json();
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    for (String path : new String[] {"/api/events", "/api/events/{id}", "/api/actors", "/api/dyads",
        "/api/timeline", "/api/articles/{id}", "/api/places"}) {
      assertThat(spec.get("paths").has(path)).as(path).isTrue();
    }
    for (String path : new String[] {"/api/events", "/api/dyads", "/api/timeline", "/api/places"}) {
      assertThat(spec.get("paths").get(path).get("get").get("parameters").findValuesAsText("name")).as(path)
          .contains("country", "near");
    }
    assertThat(get("/").body()).contains("<title>Depesche</title>");
    assertThat(get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").status()).isEqualTo(200);
    for (String escape : new String[] {"/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd",
        "/depesche/web/../../org/depesche/cli/Main.class"}) {
      Reply r = get(escape);
      assertThat(r.status()).as(escape).isIn(400, 404);
      assertThat(r.body()).as(escape).doesNotContain("root:").doesNotContain("<project");
    }
  }
}

package org.depesche.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private static final String PAGE = "<html lang='de'><body><article><h1>Kabinett tagt</h1>"
      + "<p>Das Bundeskabinett kommt am Mittwoch zu einer Sondersitzung zusammen.</p></article></body></html>";

  private TestSite site;
  private final HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(1));

  @BeforeEach
  void start() throws Exception {
    site = new TestSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void fetches_a_page_with_its_content_type_and_says_who_it_is() throws Exception {
    site.html("/kabinett", PAGE);
    Fetched page = fetcher.fetch(URI.create(site.url("/kabinett")));
    assertThat(page.uri()).isEqualTo(URI.create(site.url("/kabinett")));
    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(site.requests()).extracting(TestSite.Request::userAgent)
        .containsOnly("Depesche/0.1 (+https://github.com/depesche/depesche)");
  }

  @Test
  void an_error_status_is_a_one_line_failure() {
    assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/fehlt"))))
        .isInstanceOf(FetchException.class)
        .hasMessage(site.url("/fehlt") + ": HTTP 404")
        .satisfies(e -> assertThat(((FetchException) e).reason()).isEqualTo("HTTP 404"));
  }

  @Test
  void a_server_slower_than_the_timeout_is_given_up_on() {
    site.serve("/langsam", new TestSite.Response(200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8), Map.of(),
        4000, false));
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/langsam"))))
        .isInstanceOf(FetchException.class)
        .hasMessage(site.url("/langsam") + ": timed out after 1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void robots_txt_is_obeyed_and_read_once_per_site() throws Exception {
    site.robots("User-agent: *\nDisallow: /\n\nUser-agent: Depesche\nDisallow: /intern/\n")
        .html("/kabinett", PAGE).html("/intern/vermerk", PAGE);
    assertThat(fetcher.fetch(URI.create(site.url("/kabinett"))).body()).isNotEmpty();
    assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/intern/vermerk"))))
        .hasMessage(site.url("/intern/vermerk") + ": disallowed by robots.txt");
    fetcher.fetch(URI.create(site.url("/kabinett")));
    assertThat(site.requestsFor("/robots.txt")).isEqualTo(1);
    assertThat(site.requestsFor("/intern/vermerk")).isZero();
  }

  @Test
  void an_unreadable_robots_txt_allows_everything() throws Exception {
    site.serve("/robots.txt", TestSite.Response.of(500, "text/plain", "kaputt")).html("/kabinett", PAGE);
    assertThat(fetcher.fetch(URI.create(site.url("/kabinett"))).body()).isNotEmpty();
  }

  @Test
  void redirects_are_followed_and_each_hop_asks_robots_txt() throws Exception {
    site.robots("User-agent: *\nDisallow: /intern/\n")
        .redirect("/alt", "/neu").html("/neu", PAGE)
        .redirect("/umweg", site.url("/intern/vermerk")).html("/intern/vermerk", PAGE);
    assertThat(fetcher.fetch(URI.create(site.url("/alt"))).uri()).isEqualTo(URI.create(site.url("/neu")));
    assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/umweg"))))
        .hasMessage(site.url("/umweg") + ": disallowed by robots.txt (redirected to "
            + site.url("/intern/vermerk") + ")");
  }

  @Test
  void bodies_over_ten_megabytes_are_refused_with_or_without_a_length() {
    byte[] huge = new byte[HttpFetcher.MAX_BODY_BYTES + 1];
    site.serve("/gross", new TestSite.Response(200, "text/html", huge, Map.of(), 0, false))
        .serve("/gestueckelt", new TestSite.Response(200, "text/html", huge, Map.of(), 0, true));
    assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/gross"))))
        .hasMessage(site.url("/gross") + ": larger than 10 MB");
    assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/gestueckelt"))))
        .hasMessage(site.url("/gestueckelt") + ": larger than 10 MB");
  }

  @Test
  void only_http_urls_are_fetched() {
    assertThatThrownBy(() -> fetcher.fetch(URI.create("ftp://example.org/datei")))
        .hasMessage("ftp://example.org/datei: not an http or https URL");
  }
}

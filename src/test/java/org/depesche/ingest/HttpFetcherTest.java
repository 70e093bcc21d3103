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
  /** No pause between requests, except in the test of the pause. */
  private final HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(1), Duration.ZERO);

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
  void a_missing_robots_txt_allows_everything() throws Exception {
    site.serve("/robots.txt", TestSite.Response.of(404, "text/plain", "fehlt")).html("/kabinett", PAGE);
    assertThat(fetcher.fetch(URI.create(site.url("/kabinett"))).body()).isNotEmpty();
    site.serve("/robots.txt", TestSite.Response.of(403, "text/plain", "verboten"));
    assertThat(new HttpFetcher(Duration.ofSeconds(1), Duration.ZERO).fetch(URI.create(site.url("/kabinett")))
        .body()).as("4xx: unavailable, so no rules (RFC 9309 2.3.1.3)").isNotEmpty();
  }

  @Test
  void an_unreachable_robots_txt_disallows_everything() {
    for (int status : new int[] {500, 503}) {
      site.serve("/robots.txt", TestSite.Response.of(status, "text/plain", "kaputt")).html("/kabinett", PAGE);
      HttpFetcher fresh = new HttpFetcher(Duration.ofSeconds(1), Duration.ZERO);
      assertThatThrownBy(() -> fresh.fetch(URI.create(site.url("/kabinett")))).as("HTTP " + status)
          .hasMessage(site.url("/kabinett") + ": disallowed by robots.txt");
    }
    // a robots.txt that does not answer in time is unreachable as well
    site.serve("/robots.txt", new TestSite.Response(200, "text/plain", new byte[] {'#'}, Map.of(), 3000, false));
    assertThatThrownBy(() -> new HttpFetcher(Duration.ofSeconds(1), Duration.ZERO)
        .fetch(URI.create(site.url("/kabinett")))).hasMessageContaining("disallowed by robots.txt");
    assertThat(site.requestsFor("/kabinett")).isZero();
  }

  @Test
  void requests_to_one_site_wait_for_the_delay_or_its_crawl_delay() throws Exception {
    site.html("/a", PAGE).html("/b", PAGE).html("/c", PAGE);
    HttpFetcher polite = new HttpFetcher(Duration.ofSeconds(2), Duration.ofMillis(300));
    for (String path : new String[] {"/a", "/b", "/c"}) {
      polite.fetch(URI.create(site.url(path)));
    }
    long[] at = site.requests().stream().mapToLong(TestSite.Request::nanos).toArray(); // robots.txt, /a, /b, /c
    assertThat(at).hasSize(4);
    for (int i = 1; i < at.length; i++) {
      assertThat(Duration.ofNanos(at[i] - at[i - 1])).isGreaterThanOrEqualTo(Duration.ofMillis(250)); // the server sees them with some jitter
    }

    try (TestSite slow = new TestSite()) {
      slow.robots("User-agent: *\nCrawl-delay: 1\nDisallow: /intern/\n").html("/a", PAGE).html("/b", PAGE);
      polite.fetch(URI.create(slow.url("/a")));
      polite.fetch(URI.create(slow.url("/b")));
      long[] slowAt = slow.requests().stream().mapToLong(TestSite.Request::nanos).toArray();
      assertThat(Duration.ofNanos(slowAt[2] - slowAt[1])).as("Crawl-delay: 1")
          .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }
  }

  @Test
  void a_gzipped_body_is_unpacked_and_one_that_unpacks_too_large_refused() throws Exception {
    java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(packed)) {
      gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    site.serve("/gz", new TestSite.Response(200, "text/html; charset=utf-8", packed.toByteArray(),
        Map.of("Content-Encoding", "gzip"), 0, false));
    assertThat(new String(fetcher.fetch(URI.create(site.url("/gz"))).body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(site.requests()).filteredOn(r -> r.path().equals("/gz"))
        .allSatisfy(r -> assertThat(r.acceptEncoding()).isEqualTo("gzip"));

    java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bomb)) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i <= HttpFetcher.MAX_BODY_BYTES / zeros.length; i++) {
        gz.write(zeros);
      }
    }
    site.serve("/bomb", new TestSite.Response(200, "text/html", bomb.toByteArray(),
        Map.of("Content-Encoding", "gzip"), 0, false));
    assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/bomb")))).isInstanceOf(FetchException.class)
        .hasMessageContaining("once unpacked");
  }

  @Test
  void a_feed_is_fetched_again_only_when_it_changed() throws Exception {
    String rss = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>";
    site.serve("/feed.xml", new TestSite.Response(200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8),
        Map.of("ETag", "\"v1\""), 0, false));
    site.serve("/feed2.xml", new TestSite.Response(200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8),
        Map.of("Last-Modified", "Mon, 04 Nov 2024 10:00:00 GMT"), 0, false));
    for (String feed : new String[] {"/feed.xml", "/feed2.xml"}) {
      Fetched first = fetcher.fetchFeed(URI.create(site.url(feed)));
      Fetched second = fetcher.fetchFeed(URI.create(site.url(feed)));
      assertThat(second.body()).as(feed + ": the body kept from last time").isEqualTo(first.body());
    }
    assertThat(site.requests()).filteredOn(r -> r.path().equals("/feed.xml")).extracting(TestSite.Request::ifNoneMatch)
        .containsExactly(null, "\"v1\"");
    assertThat(site.requests()).filteredOn(r -> r.path().equals("/feed2.xml"))
        .extracting(TestSite.Request::ifModifiedSince).containsExactly(null, "Mon, 04 Nov 2024 10:00:00 GMT");
    // a changed feed comes back whole
    String changed = rss.replace("<title>T</title>", "<title>T2</title>");
    site.serve("/feed.xml", new TestSite.Response(200, "application/rss+xml",
        changed.getBytes(StandardCharsets.UTF_8), Map.of("ETag", "\"v2\""), 0, false));
    assertThat(new String(fetcher.fetchFeed(URI.create(site.url("/feed.xml"))).body(), StandardCharsets.UTF_8))
        .isEqualTo(changed);
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

package org.depesche.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class SourcesTest {
  private static final String HAUSHALT = """
      <html lang="de"><head><title>Haushalt | Beispielzeitung</title>
      <meta property="article:published_time" content="2025-11-28T14:05:00+01:00"></head>
      <body><nav><p>Startseite Politik Wirtschaft</p></nav><article><h1>Bundestag beschließt Haushalt</h1>
      <p>Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen.</p>
      <p>Die Koalition setzte sich mit 389 zu 280 Stimmen durch.</p>
      <p>Die Opposition kritisierte die geplanten Kürzungen bei der Entwicklungshilfe.</p></article></body></html>
      """;
  /** A page that names neither its headline nor its date: the feed entry has to supply both. */
  private static final String TARIF = """
      <html lang="de"><body><article>
      <p>Die Gewerkschaft und die kommunalen Arbeitgeber haben sich im Tarifstreit des Nahverkehrs geeinigt.</p>
      <p>Die Beschäftigten erhalten ab März fünf Prozent mehr Lohn.</p>
      <p>Weitere Warnstreiks sind damit vom Tisch.</p></article></body></html>
      """;
  private static final String ENTWURF = """
      <html lang="de"><body><article><h1>Entwurf</h1>
      <p>Dieser Text ist noch nicht freigegeben und nicht für Suchmaschinen bestimmt.</p></article></body></html>
      """;
  private static final String HOCHWASSER = """
      <html lang="de"><head><link rel="canonical" href="https://www.example.de/hochwasser-dresden">
      <meta name="date" content="2025-09-16"></head><body><main><h1>Elbe steigt über sechs Meter</h1>
      <p>Nach tagelangem Regen ist die Elbe in Dresden über die Marke von sechs Metern gestiegen.</p>
      <p>Die Stadt rief am Dienstag den Katastrophenfall aus.</p>
      <p>Anwohner der Altstadt sollen ihre Keller räumen.</p></main></body></html>
      """;
  private static final String WAHL = """
      <html lang="de"><head><meta property="og:title" content="Knappes Ergebnis bei der Landtagswahl"></head>
      <body><article><p>Bei der Landtagswahl in Sachsen liegen die beiden stärksten Parteien fast gleichauf.</p>
      <p>Die Wahlbeteiligung stieg auf über siebzig Prozent.</p></article></body></html>
      """;
  private static final String STREIK = """
      <html lang="de"><body><article><h1>Warnstreik am Flughafen</h1>
      <p>Ein Warnstreik des Bodenpersonals hat am Montag den Flughafen Hamburg lahmgelegt.</p>
      <p>Über hundert Flüge fielen aus.</p></article></body></html>
      """;

  @TempDir
  Path dir;

  private TestSite site;
  private final List<Problem> problems = new ArrayList<>();
  private final Sources sources = new Sources(ArticleCleaner.standard(),
      new HttpFetcher(Duration.ofSeconds(1), Duration.ZERO));

  @BeforeEach
  void start() throws Exception {
    site = new TestSite()
        .robots("User-agent: *\nDisallow: /intern/\n")
        .html("/politik/haushalt", HAUSHALT)
        .html("/wirtschaft/tarif", TARIF)
        .html("/intern/entwurf", ENTWURF)
        .serve("/politik/absturz", TestSite.Response.of(500, "text/html", "<p>Interner Fehler</p>"))
        .html("/panorama/hochwasser", HOCHWASSER);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private String rss() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Beispielzeitung</title><link>%1$s</link>
        <description>Nachrichten</description>
        <item><title>Bundestag beschließt Haushalt</title><link>%1$s/politik/haushalt</link>
          <pubDate>Fri, 28 Nov 2025 14:05:00 +0100</pubDate></item>
        <item><title>Einigung im Nahverkehr</title><link>%1$s/wirtschaft/tarif</link>
          <pubDate>Thu, 27 Nov 2025 23:30:00 +0100</pubDate></item>
        <item><title>Entwurf</title><link>%1$s/intern/entwurf</link></item>
        <item><title>Absturz</title><link>%1$s/politik/absturz</link></item>
        </channel></rss>
        """.formatted(site.url(""));
  }

  private String atom() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Beispielzeitung</title><id>urn:beispiel:feed</id>
        <updated>2025-11-28T14:05:00+01:00</updated>
        <entry><title>Bundestag beschließt Haushalt</title><id>urn:beispiel:1</id>
          <link href="/politik/haushalt"/><updated>2025-11-28T14:05:00+01:00</updated></entry>
        <entry><title type="html">Einigung im &lt;b&gt;Nahverkehr&lt;/b&gt;</title><id>urn:beispiel:2</id>
          <link rel="alternate" href="%1$s/wirtschaft/tarif"/>
          <published>2025-11-27T23:30:00+01:00</published><updated>2025-11-28T08:00:00+01:00</updated></entry>
        <entry><title>Entwurf</title><id>urn:beispiel:3</id><link href="%1$s/intern/entwurf"/>
          <updated>2025-11-28T09:00:00+01:00</updated></entry>
        <entry><title>Absturz</title><id>urn:beispiel:4</id><link href="%1$s/politik/absturz"/>
          <updated>2025-11-28T09:00:00+01:00</updated></entry>
        </feed>
        """.formatted(site.url(""));
  }

  /** Two good pages, one robots.txt forbids and one that fails: two articles, two problems, whatever the format. */
  private void assertFeedRead(List<Article> articles) {
    assertThat(articles).extracting(Article::url)
        .containsExactly(site.url("/politik/haushalt"), site.url("/wirtschaft/tarif"));
    Article haushalt = articles.get(0);
    assertThat(haushalt.title()).isEqualTo("Bundestag beschließt Haushalt");
    assertThat(haushalt.published()).isEqualTo(LocalDate.of(2025, 11, 28));
    assertThat(haushalt.text()).startsWith("Der Bundestag hat am Freitag").doesNotContain("Startseite");
    Article tarif = articles.get(1);
    assertThat(tarif.title()).isEqualTo("Einigung im Nahverkehr");
    assertThat(tarif.published()).isEqualTo(LocalDate.of(2025, 11, 27));
    assertThat(tarif.lang()).isEqualTo("de");
    assertThat(problems).containsExactly(
        new Problem(site.url("/intern/entwurf"), "disallowed by robots.txt"),
        new Problem(site.url("/politik/absturz"), "HTTP 500"));
    assertThat(site.requestsFor("/intern/entwurf")).isZero();
  }

  @Test
  void an_rss_feed_on_the_web_brings_its_pages() {
    site.serve("/feed.rss", TestSite.Response.of(200, "application/rss+xml; charset=utf-8", rss()));
    assertFeedRead(sources.read(site.url("/feed.rss"), problems::add));
  }

  @Test
  void an_atom_feed_is_recognised_by_its_body_whatever_the_server_calls_it() {
    site.serve("/atom", TestSite.Response.of(200, "text/html", atom()));
    assertFeedRead(sources.read(site.url("/atom"), problems::add));
  }

  @Test
  void a_feed_file_on_disk_is_read_like_one_on_the_web() throws Exception {
    Path feed = Files.writeString(dir.resolve("zeitung.rss"), rss());
    assertFeedRead(sources.read(feed.toString(), problems::add));
  }

  @Test
  void feed_links_lists_the_entries_without_fetching_them() throws Exception {
    site.serve("/atom.xml", TestSite.Response.of(200, "application/atom+xml", atom()));
    assertThat(sources.feedLinks(site.url("/atom.xml"), problems::add)).containsExactly(
        site.url("/politik/haushalt"), site.url("/wirtschaft/tarif"), site.url("/intern/entwurf"),
        site.url("/politik/absturz"));
    Path feed = Files.writeString(dir.resolve("zeitung.rss"), rss());
    assertThat(sources.feedLinks(feed.toString(), problems::add)).hasSize(4);
    assertThat(problems).isEmpty();
    assertThat(site.requestsFor("/politik/haushalt")).isZero();
  }

  @Test
  void feed_links_of_something_that_is_no_feed_is_a_problem() {
    assertThat(sources.feedLinks(site.url("/panorama/hochwasser"), problems::add)).isEmpty();
    assertThat(problems).containsExactly(new Problem(site.url("/panorama/hochwasser"), "not an RSS or Atom feed"));
  }

  @Test
  void an_article_url_is_one_article_at_its_final_address() {
    site.redirect("/kurz/hw", "/panorama/hochwasser");
    List<Article> articles = sources.read(site.url("/kurz/hw"), problems::add);
    assertThat(problems).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.url()).isEqualTo(site.url("/panorama/hochwasser"));
      assertThat(a.id()).isEqualTo("https://www.example.de/hochwasser-dresden");
      assertThat(a.title()).isEqualTo("Elbe steigt über sechs Meter");
      assertThat(a.published()).isEqualTo(LocalDate.of(2025, 9, 16));
      assertThat(a.text()).contains("Katastrophenfall");
    });
    assertThat(sources.page(site.url("/panorama/hochwasser"), problems::add)).isPresent();
  }

  @Test
  void a_missing_page_is_one_problem() {
    assertThat(sources.read(site.url("/gibt/es/nicht"), problems::add)).isEmpty();
    assertThat(problems).containsExactly(new Problem(site.url("/gibt/es/nicht"), "HTTP 404"));
    assertThat(sources.page(site.url("/gibt/es/nicht"), problems::add)).isEmpty();
    assertThat(problems).hasSize(2);
  }

  @Test
  void a_server_that_does_not_answer_in_time_is_one_problem() {
    site.serve("/langsam", new TestSite.Response(200, "text/html", HOCHWASSER.getBytes(StandardCharsets.UTF_8),
        Map.of(), 4000, false));
    assertThat(sources.read(site.url("/langsam"), problems::add)).isEmpty();
    assertThat(problems).containsExactly(new Problem(site.url("/langsam"), "timed out after 1 s"));
  }

  @Test
  void a_server_that_is_down_is_one_problem() {
    String url = site.url("/panorama/hochwasser");
    site.close();
    assertThat(sources.read(url, problems::add)).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.where()).isEqualTo(url);
      assertThat(p.message()).doesNotContain("\n");
    });
  }

  @Test
  void a_warc_archive_yields_its_html_responses() throws Exception {
    Path warc = dir.resolve("CC-NEWS-20251128.warc.gz");
    try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      writer.write(response("https://www.example.de/sachsen-wahl", "text/html; charset=utf-8", WAHL));
      writer.write(response("https://www.example.de/logo.png", "image/png", "\u0089PNG"));
      writer.write(response("https://www.example.de/flughafen-streik", "text/html", STREIK));
    }
    List<Article> articles = sources.read(warc.toString(), problems::add);
    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::url, Article::id, Article::title).containsExactly(
        tuple("https://www.example.de/sachsen-wahl", "https://www.example.de/sachsen-wahl",
            "Knappes Ergebnis bei der Landtagswahl"),
        tuple("https://www.example.de/flughafen-streik",
            "https://www.example.de/flughafen-streik", "Warnstreik am Flughafen"));
    assertThat(articles.get(1).text()).contains("Über hundert Flüge fielen aus.");
  }

  @Test
  void a_corrupt_warc_and_a_garbage_feed_are_one_problem_each() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("Dies ist kein WARC-Archiv, sondern nur ein Satz.".getBytes(StandardCharsets.UTF_8));
    }
    Path warc = Files.write(dir.resolve("kaputt.warc.gz"), gz.toByteArray());
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Path rss = Files.write(dir.resolve("rauschen.rss"), noise);

    assertThat(sources.read(warc.toString(), problems::add)).isEmpty();
    assertThat(sources.read(rss.toString(), problems::add)).isEmpty();
    assertThat(problems).extracting(Problem::where).containsExactly(warc.toString(), rss.toString());
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("\n"));
  }

  @Test
  void a_folder_mixes_all_kinds_and_a_missing_file_is_a_problem() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("korpus/unter"));
    Files.writeString(folder.resolve("a.txt"),
        "Regierung tritt zurück\nDer Ministerpräsident hat seinen Rücktritt erklärt.");
    Files.writeString(folder.resolve("b.rss"), rss());
    Files.writeString(folder.resolve("c.xml"), "<notiz>Kein Feed, sondern eine Notiz zur Sitzung.</notiz>");
    Files.writeString(folder.resolve("LIESMICH.md"), "# nicht lesen");

    List<Article> articles = sources.read(dir.resolve("korpus").toString(), problems::add);
    assertThat(articles).extracting(Article::id).contains("a.txt", "c.xml", site.url("/politik/haushalt"));
    assertThat(articles).hasSize(4);
    assertThat(problems).hasSize(2);

    problems.clear();
    assertThat(sources.read(dir.resolve("fehlt.warc").toString(), problems::add)).isEmpty();
    assertThat(problems).containsExactly(new Problem(dir.resolve("fehlt.warc").toString(), "no such file"));
  }

  private static WarcResponse response(String url, String contentType, String body) throws Exception {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-11-28T12:00:00Z")).body(http).build();
  }
}

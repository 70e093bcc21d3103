package org.depesche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve --watch} on a feed of a local server: the first item is ingested and served; then the feed grows,
 * and the new item's event appears in the API and in the list of an open page (headless Chromium), with no
 * restart of the server and no reload of the page.
 */
@Tag("corenlp")
class ServeWatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  Path dir;

  private static JsonNode get(String url) throws Exception {
    return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Asks {@code url} every half second until its answer fits, for at most {@code timeout}. */
  private static JsonNode await(String url, Predicate<JsonNode> fits, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < end) {
      last = get(url);
      if (fits.test(last)) {
        return last;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(url + " did not change in " + timeout + "; last answer " + last);
  }

  @Test
  void a_new_feed_item_shows_in_the_api_and_on_the_open_page_without_a_restart() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
        .as("chromium and chromedriver installed (apt-get install chromium chromium-driver, as .ci/run does)")
        .isTrue();
    HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String feedBase = "http://127.0.0.1:" + site.getAddress().getPort();
    AtomicInteger items = new AtomicInteger(1);
    site.createContext("/feed.xml", x -> WatchCommandTest.send(x, 200, "application/rss+xml",
        WatchCommandTest.rss(feedBase, items.get())));
    site.createContext("/artikel/", x -> {
      int i = Integer.parseInt(x.getRequestURI().getPath().replaceAll("\\D", ""));
      String[] p = WatchCommandTest.PAGES[i].split("\\|");
      WatchCommandTest.send(x, 200, "text/html; charset=utf-8", "<html><head><title>" + p[0] + "</title>"
          + "<meta property=\"article:published_time\" content=\"2024-11-04T09:00:00Z\"></head><body><article><h1>"
          + p[0] + "</h1><p>" + p[1] + "</p></article></body></html>");
    });
    site.start();
    ServeCommand command = new ServeCommand();
    new picocli.CommandLine(command).parseArgs("--db", dir.resolve("live.duckdb").toString(), "--port", "0",
        "--watch", feedBase + "/feed.xml", "--every", "1s");
    WebDriver browser = null;
    try (ServeCommand.Running running = command.start()) {
      String base = "http://127.0.0.1:" + running.app.port();
      JsonNode first = await(base + "/api/status", s -> s.get("articles").asInt() == 1, Duration.ofMinutes(4));
      assertThat(first.get("live").asBoolean()).isTrue();
      assertThat(get(base + "/api/events?text=Getreide").get("total").asInt()).isZero();

      browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
          new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
              "--disable-dev-shm-usage", "--window-size=1366,800"));
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(base + "/");
      wait.until(b -> !b.findElements(By.cssSelector("#events li")).isEmpty());
      assertThat(browser.findElement(By.id("events")).getText()).doesNotContain("Getreide");
      ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

      items.set(2); // the feed grows: the Ukraine criticises Hungary over grain
      await(base + "/api/status", s -> s.get("articles").asInt() == 2, Duration.ofMinutes(2));
      JsonNode grain = get(base + "/api/events?text=Getreide");
      assertThat(grain.get("total").asInt()).as("the new item's event, served").isPositive();
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.findElement(By.id("events")).getText()
          .contains("Getreide"));
      assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.notReloaded"))
          .as("the same page, not reloaded").isEqualTo(true);
      assertThat(browser.findElement(By.id("status")).getText()).contains("2 Artikel").contains("live");
    } finally {
      if (browser != null) {
        browser.quit();
      }
      site.stop(0);
    }
  }
}

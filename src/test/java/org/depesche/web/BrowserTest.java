package org.depesche.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.depesche.cli.TestStores;
import org.depesche.store.EventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): filter to
 * UKR, see the network's JPN edge, open an event and see its evidence sentence highlighted; on the map, click a
 * place and see the events filtered to its surroundings. Saves screenshots to {@code target/screenshots/}.
 */
@Tag("corenlp")
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** The browser, headless, as the other test starts it. */
  private static WebDriver browser() {
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,800");
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
        options);
  }

  /** What the page's console said about the Content-Security-Policy: nothing, when the page keeps to it. */
  private static java.util.List<String> policyViolations(WebDriver browser) {
    // a probe first, so that a console this test cannot read fails rather than passes
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("console.error('depesche-console-probe')");
    java.util.List<String> messages = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
        .getAll().stream().map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    assertThat(messages).as("the console is read").anySatisfy(m -> assertThat(m).contains("depesche-console-probe"));
    return messages.stream()
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
  }

  @Test
  void the_map_draws_countries_and_places_and_a_click_on_a_place_filters_by_near() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)).isTrue();
    try (EventStore store = EventStore.open(TestStores.seedsAndWikinews())) {
      Javalin app = WebServer.create(store).start("127.0.0.1", 0);
      WebDriver browser = browser();
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + app.port() + "/");
        wait.until(b -> !b.findElements(By.cssSelector("#map circle.place")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#map path.country"))).as("Natural Earth's countries")
            .hasSizeGreaterThan(150);
        assertThat(browser.findElements(By.cssSelector("#map path.country.shaded"))).as("country-level events")
            .isNotEmpty();
        String total = browser.findElement(By.id("events-count")).getText();
        java.util.List<WebElement> points = browser.findElements(By.cssSelector("#map circle.place"));
        WebElement point = points.get(points.size() - 1); // drawn last: on top of the others
        String name = point.getAttribute("data-name");
        String near = point.getAttribute("data-near");
        point.click();
        wait.until(b -> b.getCurrentUrl().contains("near="));
        assertThat(browser.findElement(By.id("f-near")).getAttribute("value")).isEqualTo(near);
        wait.until(b -> !b.findElement(By.id("events-count")).getText().equals(total)
            && !b.findElements(By.cssSelector("#events li")).isEmpty());
        // the list is what the API gives for that circle, and the place is among them
        String api = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + app.port() + "/api/events?limit=1&near=" + near)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String expected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api).get("total").asText();
        assertThat(browser.findElement(By.id("events-count")).getText()).startsWith(expected + " Ereignisse");
        assertThat(browser.findElements(By.cssSelector("#events li .meta"))).anySatisfy(meta ->
            assertThat(meta.getText()).contains(name));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("map.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(policyViolations(browser)).as("the network, map and timeline draw under the page's CSP")
            .isEmpty();
      } finally {
        browser.quit();
        app.stop();
      }
    }
  }

  /**
   * An article from a hostile site: markup that would run script in its title, its text and its evidence
   * sentence, and a {@code javascript:} URL. In the list, the event's detail and the article view, nothing runs
   * (each payload would set {@code window.pwned}), the markup shows as text, and the URL is no link.
   */
  @Test
  void a_hostile_article_runs_no_script_and_shows_its_markup_as_text() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)).isTrue();
    Path dir = Files.createTempDirectory("depesche-hostile");
    Path articles = dir.resolve("hostile.jsonl");
    String title = "<script>window.pwned='title'</script><img src=x onerror=\"window.pwned='title-img'\">Streit";
    String text = "Die Ukraine kritisierte Ungarn <img src=x onerror=\"window.pwned='evidence'\"> wegen des "
        + "Einfuhrverbots für Getreide scharf. <script>window.pwned='text'</script> Weitere Gespräche sind geplant. "
        + "<svg onload=\"window.pwned='svg'\"></svg> <a href=\"javascript:window.pwned='link'\">hier</a>";
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Files.writeString(articles, json.writeValueAsString(java.util.Map.of("id", "hostile", "title", title, "url",
        "javascript:window.pwned='url'", "date", "2024-11-04", "text", text)) + "\n");
    Path db = dir.resolve("hostile.duckdb");
    assertThat(org.depesche.cli.Main.run("ingest", articles.toString(), "--db", db.toString())).isZero();
    try (EventStore store = EventStore.openReadOnly(db)) {
      assertThat(store.counts().events()).as("the hostile article codes to an event").isPositive();
      Javalin app = WebServer.create(store).start("127.0.0.1", 0);
      WebDriver browser = browser();
      try {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + app.port() + "/");
        wait.until(b -> !b.findElements(By.cssSelector("#events li")).isEmpty());
        assertThat(browser.findElement(By.id("events")).getText()).contains("<img src=x onerror=");

        browser.findElements(By.cssSelector("#events li")).get(0).click();
        wait.until(b -> b.findElement(By.id("detail-pane")).isDisplayed());
        String detail = browser.findElement(By.id("detail")).getText();
        assertThat(detail).contains("<script>window.pwned='title'</script>").contains("javascript:window.pwned");
        assertThat(browser.findElements(By.cssSelector("#detail a"))).as("only the link to the article view")
            .allSatisfy(a -> assertThat(a.getAttribute("href")).doesNotStartWith("javascript:"));
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript:' i]"))).isEmpty();

        browser.findElement(By.id("open-article")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#detail .article-text")).isEmpty());
        String article = browser.findElement(By.cssSelector("#detail .article-text")).getText();
        assertThat(article).contains("<script>window.pwned='text'</script>").contains("<svg onload=");
        assertThat(browser.findElements(By.cssSelector("#detail img, #detail script, #detail svg, #events img")))
            .isEmpty();
        Thread.sleep(500); // an image's error handler would have fired by now
        assertThat(js.executeScript("return window.pwned === undefined ? null : String(window.pwned)"))
            .as("no payload ran").isNull();
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("hostile.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(policyViolations(browser)).as("nothing even tried to run").isEmpty();
      } finally {
        browser.quit();
        app.stop();
      }
    }
  }

  @Test
  void filter_to_ukraine_see_japan_in_the_network_and_open_an_event() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
        .as("chromium and chromedriver installed (apt-get install chromium chromium-driver, as .ci/run does)")
        .isTrue();
    try (EventStore store = EventStore.open(TestStores.seedsAndWikinews())) {
      Javalin app = WebServer.create(store).start("127.0.0.1", 0);
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
          .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,800");
      WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
          .build(), options);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + app.port() + "/");
        wait.until(b -> !b.findElements(By.cssSelector("#events li")).isEmpty());

        WebElement actor = browser.findElement(By.id("f-actor"));
        actor.clear();
        actor.sendKeys("UKR");
        browser.findElement(By.id("f-apply")).click();
        wait.until(b -> b.getCurrentUrl().contains("actor=UKR"));
        wait.until(b -> {
          String edges = b.findElement(By.id("network")).getAttribute("data-edges");
          return edges != null && (edges.contains("UKR>JPN") || edges.contains("JPN>UKR"));
        });
        wait.until(b -> b.findElements(By.cssSelector("#events li")).stream()
            .allMatch(li -> li.getText().contains("UKR")));

        browser.findElements(By.cssSelector("#events li")).get(0).click();
        WebElement evidence = wait.until(b -> {
          var found = b.findElements(By.cssSelector("#detail-evidence"));
          return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
        assertThat(evidence.getText()).isNotBlank();
        assertThat(evidence.findElements(By.cssSelector("mark.trigger, mark.source, mark.target"))).isNotEmpty();

        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("ui.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shots.resolve("ui.png"))).isGreaterThan(10_000);
      } finally {
        browser.quit();
        app.stop();
      }
    }
  }
}

package org.depesche.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.InvalidInputException;
import org.depesche.article.Problem;
import org.depesche.ingest.FuzzInputs.Input;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every reader, given broken input, ends in articles or problems of one line each: no exception escapes, no input
 * hangs. The inputs are seeded mutations of small valid files ({@link FuzzInputs}), the same on every run, so that a
 * failure names the input index that reproduces it. Only the readers and the cleaner run, no language models.
 */
@Timeout(120)
class ReaderFuzzTest {
  /** Enough to reach each reader's odd paths a few hundred times, in a few seconds. */
  private static final int INPUTS = Integer.getInteger("fuzz.inputs", 3_000);
  /** Far more than any input needs (a few milliseconds); a reader that takes this long is stuck. */
  private static final long SECONDS_PER_INPUT = 10;
  /** A problem message is shown to a user: one line, not the whole of a broken input. */
  private static final int MAX_MESSAGE = 1_000;

  private static volatile Thread worker;
  private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "reader-fuzz");
    worker = t;
    t.setDaemon(true); // a reader stuck for good must not keep the test JVM alive
    return t;
  });

  private final FileArticles files = new FileArticles(ArticleCleaner.standard());
  private final List<String> failures = new ArrayList<>();

  @AfterAll
  static void stop() {
    RUNNER.shutdownNow();
  }

  @Test
  void every_broken_input_ends_in_articles_or_one_line_problems() throws InterruptedException {
    long start = System.nanoTime();
    int articles = 0;
    int problems = 0;
    for (int i = Integer.getInteger("fuzz.from", 0); i < INPUTS; i++) {
      Input input = FuzzInputs.input(i);
      Outcome outcome = run(i, input);
      for (Problem p : outcome.problems()) {
        assertThat(p.where()).as("input #%d (%s): %s", i, input.name(), p).isNotNull();
        String shown = p.message().length() > 200 ? p.message().substring(0, 200) + "…" : p.message();
        assertThat(p.message().isBlank() || p.message().length() >= MAX_MESSAGE || p.message().lines().count() > 1)
            .as("input #%d (%s): problem message of %d chars not one short line: %s", i, input.name(),
                p.message().length(), shown)
            .isFalse();
      }
      articles += outcome.articles();
      problems += outcome.problems().size();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "ReaderFuzzTest: %d inputs in %d ms: %d articles, %d problems%n",
        INPUTS, millis, articles, problems);
    assertThat(failures).as("exceptions that escaped a reader").isEmpty();
    // the mutations are not so harsh that nothing is left to read, nor so mild that nothing breaks
    assertThat(articles).isGreaterThan(INPUTS / 4);
    assertThat(problems).isGreaterThan(INPUTS / 4);
  }

  private record Outcome(int articles, List<Problem> problems) {}

  private Outcome run(int index, Input input) throws InterruptedException {
    Future<Outcome> result = RUNNER.submit(() -> read(input));
    try {
      return result.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      StackTraceElement[] stack = worker.getStackTrace();
      return fail("input #%d (%s, %d bytes) still reading after %d s, in %s", index, input.name(),
          input.bytes().length, SECONDS_PER_INPUT, List.of(stack).subList(0, Math.min(25, stack.length)));
    } catch (ExecutionException e) {
      // every input is still tried, so that one run shows all the ways the readers fail, not just the first
      failures.add(String.format(Locale.ROOT, "input #%d (%s, %d bytes) threw %s at %s", index, input.name(),
          input.bytes().length, e.getCause(), e.getCause().getStackTrace().length > 0
              ? e.getCause().getStackTrace()[0] : "?"));
      return new Outcome(0, List.of());
    }
  }

  /** What {@link Sources} does with a file of this name, minus the fetching of a feed's pages. */
  private Outcome read(Input input) {
    List<Problem> problems = new ArrayList<>();
    String name = input.name();
    byte[] bytes = input.bytes();
    if (name.endsWith(".rss") || name.endsWith(".atom") || (name.endsWith(".xml") && FeedReader.isFeed(bytes))) {
      try {
        List<FeedEntry> entries = FeedReader.entries(bytes, "", null);
        return new Outcome(entries.size(), problems);
      } catch (InvalidInputException e) {
        problems.add(new Problem(name, e.getMessage()));
        return new Outcome(0, problems);
      }
    }
    int articles = 0;
    try (ArticleCursor cursor = files.open(name, name, () -> new ByteArrayInputStream(bytes), problems::add)) {
      while (cursor.hasNext()) {
        Article a = cursor.next();
        assertThat(a.id()).isNotBlank();
        articles++;
      }
    }
    return new Outcome(articles, problems);
  }

  /** Input #238 of an earlier run: a response record whose WARC-Target-URI header was damaged away. */
  @Test
  void a_warc_response_without_a_target_is_skipped() throws InterruptedException {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Verdi rief zum Streik auf.</p>";
    String warc = "WARC/1.0\r\nWARC-Type: response\r\n"
        + "WARC-Record-ID: <urn:uuid:6f0f7b4e-1c1a-4f7e-9d8e-1b2c3d4e5f60>\r\n"
        + "WARC-Date: 2026-01-22T09:00:00Z\r\nContent-Type: application/http;msgtype=response\r\n"
        + "Content-Length: " + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
    Outcome outcome = run(0, new Input("archiv.warc", warc.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    assertThat(failures).isEmpty();
    assertThat(outcome.articles()).isZero();
  }

  /** Input #2825 of an earlier run: a feed with 60,000 nested tags, which Rome's JDOM took minutes to build. */
  @Test
  void a_deeply_nested_feed_is_a_problem_not_a_hang() throws InterruptedException {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>N</title><item><title>"
        + "<b><i>".repeat(30_000) + "Gipfel</title></item></channel></rss>";
    Outcome outcome = run(0, new Input("nachrichten.rss", rss.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(failures).isEmpty();
    assertThat(outcome.problems()).extracting(Problem::message)
        .containsExactly("not a readable RSS or Atom feed: elements nested more than 100 deep");
  }
}

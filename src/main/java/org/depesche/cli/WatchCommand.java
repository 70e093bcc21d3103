package org.depesche.cli;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.article.Article;
import org.depesche.ingest.Ingestor;
import org.depesche.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Polls news feeds and codes their new items into the store. A feed that is down or returns garbage is reported
 * and tried again next round; the other feeds go on.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Polls RSS/Atom feeds every so often and ingests their new items into the event store.")
final class WatchCommand implements Callable<Integer> {
  private static final Pattern INTERVAL = Pattern.compile("(\\d+)(s|m|h)");

  @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs (or feed files).")
  List<String> feeds;

  @Mixin
  InputOptions options;

  @Mixin
  StoreOption store;

  @Option(names = "--every", paramLabel = "30s|15m|1h", description = "How often to poll (default: 15m).")
  String every = "15m";

  @Option(names = "--rounds", description = "Stop after this many polls (default: 0, never).")
  int rounds;

  @Option(names = "--max-pages", paramLabel = "N",
      description = "Fetch at most N new pages of each feed per poll; the rest wait for the next (default: 50).")
  int maxPages = DEFAULT_MAX_PAGES;

  /** The pages fetched of one feed in one poll unless told otherwise. */
  static final int DEFAULT_MAX_PAGES = 50;

  @Override
  public Integer call() throws Exception {
    Duration pause = interval(every);
    checkMaxPages(maxPages);
    if (rounds < 0) {
      throw new UsageException("--rounds takes 0 (never stop) or more, not " + rounds);
    }
    try (EventStore db = EventStore.open(store.db)) {
      Ingestor ingestor = new Ingestor(db, options::pipeline, options.threads);
      for (int round = 1; rounds == 0 || round <= rounds; round++) {
        round(db, ingestor, feeds, options, maxPages, round);
        if (rounds == 0 || round < rounds) {
          Thread.sleep(pause.toMillis());
        }
      }
    }
    return 0;
  }

  /**
   * One poll of the feeds: their new items fetched, coded and stored, and a line on standard error saying what
   * came of it. What {@code watch} does every so often, and {@code serve --watch} beside the web server.
   */
  static void round(EventStore db, Ingestor ingestor, List<String> feeds, InputOptions options, int maxPages,
      int round) {
    IngestReport report = new IngestReport(false);
    Ingestor.Result r = ingestor.ingest(newItems(db, feeds, options, maxPages, report), report);
    EventStore.Counts n = db.counts();
    System.err.printf("depesche: %s round %d: %d new articles, %d problems; store now %d articles, %d events%n",
        LocalTime.now().truncatedTo(ChronoUnit.SECONDS), round, r.stored(), report.problems().size(),
        n.articles(), n.events());
  }

  /**
   * The feeds' items that are not stored yet, fetched, at most {@code maxPages} of each feed (the rest come in the
   * next round); a feed or page that fails is reported and left out.
   */
  static List<Article> newItems(EventStore db, List<String> feeds, InputOptions options, int maxPages,
      IngestReport report) {
    List<Article> fresh = new ArrayList<>();
    for (String feed : feeds) {
      int fetched = 0;
      List<String> links = options.sources().feedLinks(feed, report::problem).stream()
          .filter(link -> !db.hasUrl(link)).toList();
      for (String link : links) {
        if (fetched == maxPages) {
          System.err.printf("depesche: %s: %d new items left for the next round (--max-pages %d)%n", feed,
              links.size() - fetched, maxPages);
          break;
        }
        fetched++;
        options.sources().page(link, report::problem).map(options::withDefaults).ifPresent(fresh::add);
      }
    }
    return fresh;
  }

  static void checkMaxPages(int maxPages) {
    if (maxPages < 1) {
      throw new UsageException("--max-pages takes 1 or more, not " + maxPages);
    }
  }

  static Duration interval(String text) {
    Matcher m = INTERVAL.matcher(text.strip());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new UsageException("--every takes a time such as 30s, 15m or 1h, not '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }
}

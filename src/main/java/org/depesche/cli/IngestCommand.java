package org.depesche.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.Pipeline;
import org.depesche.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Codes articles into the event store. Articles already stored are skipped before coding, so a second run over the
 * same corpus adds nothing and a run killed in the middle is completed by the next.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Codes files, folders, JSON Lines, HTML, WARC archives, RSS/Atom feeds and article URLs into the "
        + "event store.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders, feed or article URLs.")
  List<String> sources;

  @Mixin
  InputOptions options;

  @Mixin
  StoreOption store;

  @Option(names = "--errors", paramLabel = "FILE", description = "List the bad records here (TSV: where, message).")
  Path errors;

  @Override
  public Integer call() throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = options.read(sources, problems::add);
    problems.forEach(p -> System.err.println("depesche: skipped " + p));
    int stored = 0;
    int skipped = 0;
    int events = 0;
    try (EventStore db = EventStore.open(store.db)) {
      List<Article> fresh = new ArrayList<>();
      for (Article a : articles) {
        if (db.has(a)) {
          skipped++;
        } else {
          fresh.add(a);
        }
      }
      Pipeline pipeline = fresh.isEmpty() ? null : options.pipeline();
      long started = System.nanoTime(); // after the models are loaded: the rate is the coding and storing
      Store.Tally tally = new Store.Tally();
      try (Progress progress = new Progress(fresh.size())) {
        if (pipeline != null) {
          // the workers code while this thread stores: the store must not be the bottleneck
          pipeline.codeEach(fresh, options.threads, (a, e) -> {
            Problem p = new Problem(a.id(), "coding failed: " + e);
            System.err.println("depesche: skipped " + p);
            problems.add(p);
          }, c -> {
            Store.add(db, c, tally);
            progress.step();
          });
        }
      }
      stored = tally.stored;
      skipped += tally.skipped;
      events = tally.events;
      EventStore.Counts total = db.counts();
      double seconds = (System.nanoTime() - started) / 1e9;
      System.err.printf("depesche: %d articles stored, %d already there, %d problems; %d events; store now %d "
              + "articles, %d events, %d clusters (%.1f articles/s once the models were loaded)%n", stored, skipped,
          problems.size(), events, total.articles(), total.events(), total.clusters(),
          stored / Math.max(seconds, 1e-3));
    }
    writeErrors(problems);
    return problems.isEmpty() ? 0 : 3;
  }

  /** Storing one coded article from inside the coding loop, whose callback cannot throw checked exceptions. */
  static final class Store {
    /** What was stored. */
    static final class Tally {
      int stored;
      int skipped;
      int events;
    }

    private Store() {}

    static void add(EventStore db, CodedArticle c, Tally tally) {
      if (db.add(c.article(), c.events(), c.article().url() != null ? c.article().url() : c.article().id())) {
        tally.stored++;
        tally.events += c.events().size();
      } else {
        tally.skipped++;
      }
    }
  }

  private void writeErrors(List<Problem> problems) throws IOException {
    if (errors == null) {
      return;
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
      for (Problem p : problems) {
        out.println(p.where().replace('\t', ' ') + "\t" + p.message().replace('\t', ' ').replace('\n', ' '));
      }
    }
  }

  /**
   * Progress: a bar with articles per second and time left on a terminal; elsewhere a line every ten articles,
   * which logs and the crash test read.
   */
  private static final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final int total;
    private int done;

    Progress(int total) {
      this.total = total;
      this.bar = System.console() != null && total > 0 ? new ProgressBarBuilder().setTaskName("ingest")
          .setInitialMax(total).setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed().build() : null;
    }

    void step() {
      done++;
      if (bar != null) {
        bar.step();
      } else if (done % 10 == 0 || done == total) {
        System.err.printf("depesche: %d of %d articles stored%n", done, total);
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}

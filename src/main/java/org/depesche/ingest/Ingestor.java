package org.depesche.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.Pipeline;
import org.depesche.store.EventStore;

/**
 * Codes articles into an event store: what {@code ingest}, {@code watch}, {@code demo} and {@code bench --store}
 * do once the articles are read. Articles the store holds already are skipped before coding, so a second run over
 * the same corpus adds nothing and a run killed in the middle is completed by the next. Worker threads code while
 * the caller's thread stores, so the store is not the bottleneck; the store writes each article with its events in
 * one transaction, so a failure never leaves half an article behind.
 *
 * <p>An article that cannot be coded is a {@link Problem}, reported and left out; a store that refuses an article
 * stops the ingest with a {@link org.depesche.store.StoreException}, since the articles after it would fail alike.
 */
public final class Ingestor {
  /**
   * Hears an ingest as it goes, on the caller's thread; every method does nothing unless overridden.
   */
  public interface Listener {
    /**
     * Coding starts: {@code total} articles are not stored yet, or {@link #UNKNOWN} when they are read as they are
     * coded (the models are loaded by now).
     */
    default void started(int total) {}

    /** One more of them was coded and handed to the store: {@code done} of {@code total}. */
    default void stored(int done, int total) {}

    /** An article could not be coded. */
    default void problem(Problem problem) {}

    /** Coding is over, or was stopped by a failing store. */
    default void finished() {}
  }

  /**
   * What one ingest did.
   *
   * @param stored   articles stored
   * @param skipped  articles the store held already
   * @param events   events stored with them
   * @param problems articles that could not be coded
   * @param coding   the time spent coding and storing, after the models were loaded
   */
  public record Result(int stored, int skipped, int events, List<Problem> problems, Duration coding) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** Articles stored per second of {@link #coding}. */
    public double rate() {
      return stored / Math.max(coding.toNanos() / 1e9, 1e-3);
    }
  }

  /** The total of articles to code when they are read as they go. */
  public static final int UNKNOWN = -1;

  private final EventStore store;
  private final Supplier<Pipeline> pipeline;
  private final int threads;
  private Pipeline loaded;

  /**
   * @param pipeline gives the pipeline when the first article needs coding (loading the models takes seconds, and
   *                 a run with nothing new should not wait for them); it is asked once and kept for later calls
   * @param threads  coding threads
   */
  public Ingestor(EventStore store, Supplier<Pipeline> pipeline, int threads) {
    this.store = Objects.requireNonNull(store, "store");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.threads = threads;
  }

  /** Codes and stores the articles the store does not hold yet, in order; the listener hears their number first. */
  public Result ingest(List<Article> articles, Listener listener) {
    List<Article> fresh = new ArrayList<>();
    for (Article a : articles) {
      if (!store.has(a)) {
        fresh.add(a);
      }
    }
    return run(fresh.iterator(), fresh.size(), articles.size() - fresh.size(), false, listener);
  }

  /**
   * Codes and stores the articles the store does not hold yet, in order, as they are read: at most a few articles
   * per thread are held at a time ({@link CodingWindow}), so a corpus of any size passes in bounded memory. Their
   * number is not known beforehand: the listener hears {@link #UNKNOWN} as the total.
   */
  public Result ingest(Iterator<Article> articles, Listener listener) {
    return run(articles, UNKNOWN, 0, true, listener);
  }

  private Result run(Iterator<Article> articles, int total, int skipped, boolean check, Listener listener) {
    Tally tally = new Tally(skipped);
    CodingWindow window = null;
    long started = 0;
    try {
      while (articles.hasNext()) {
        Article a = articles.next();
        if (check && store.has(a)) {
          tally.skipped++;
          continue;
        }
        if (window == null) {
          if (loaded == null) {
            loaded = pipeline.get();
          }
          started = System.nanoTime();
          listener.started(total);
          window = new CodingWindow(loaded, threads,
              (article, e) -> tally.problem(new Problem(article.id(), "coding failed: " + e), listener), c -> {
                tally.add(c, store.add(c.article(), c.events(), source(c)));
                listener.stored(tally.done, total);
              });
        }
        window.submit(a);
      }
      if (window == null) {
        listener.started(0);
      } else {
        window.finish();
      }
    } finally {
      if (window != null) {
        window.close();
      }
      listener.finished();
    }
    return new Result(tally.stored, tally.skipped, tally.events, tally.problems,
        Duration.ofNanos(started == 0 ? 0 : System.nanoTime() - started));
  }

  /** Where the article came from, as the store records it: its URL, else its id (the file it was read from). */
  private static String source(CodedArticle c) {
    return c.article().url() != null ? c.article().url() : c.article().id();
  }

  /** The counts of one ingest, kept on the caller's thread. */
  private static final class Tally {
    private int done;
    private int stored;
    private int skipped;
    private int events;
    private final List<Problem> problems = new ArrayList<>();

    Tally(int skipped) {
      this.skipped = skipped;
    }

    void add(CodedArticle c, boolean added) {
      done++;
      if (added) {
        stored++;
        events += c.events().size();
      } else {
        skipped++; // the same text twice in one batch: stored with the first
      }
    }

    void problem(Problem p, Listener listener) {
      problems.add(p);
      listener.problem(p);
    }
  }
}

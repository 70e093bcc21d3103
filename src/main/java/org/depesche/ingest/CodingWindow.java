package org.depesche.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.depesche.article.Article;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.Pipeline;

/**
 * Codes articles as they are read, on worker threads, with at most a fixed number in flight: the reader waits when
 * the window is full, so memory stays bounded however long the input. Results are handed on in input order, on the
 * thread that submits, as soon as they and those before them are coded, so that the caller can store or print one
 * article while the workers code the next ones. Not thread-safe: one thread submits.
 */
public final class CodingWindow implements AutoCloseable {
  /** Articles in flight per thread: enough to keep every worker busy while the caller stores. */
  private static final int PER_THREAD = 4;

  private record Pending(Article article, Future<CodedArticle> result) {}

  private final Pipeline pipeline;
  private final ExecutorService pool;
  private final int size;
  private final BiConsumer<Article, Exception> failed;
  private final Consumer<CodedArticle> done;
  private final Deque<Pending> pending = new ArrayDeque<>();

  /**
   * @param failed hears an article whose coding failed; it is left out and the others are still coded
   * @param done   gets each coded article, in input order
   */
  public CodingWindow(Pipeline pipeline, int threads, BiConsumer<Article, Exception> failed,
      Consumer<CodedArticle> done) {
    this.pipeline = pipeline;
    int workers = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(workers);
    this.size = workers * PER_THREAD;
    this.failed = failed;
    this.done = done;
  }

  /** Hands the article to a worker, first waiting for the oldest ones while the window is full. */
  public void submit(Article article) {
    while (pending.size() >= size) {
      handOn(pending.poll());
    }
    pending.add(new Pending(article, pool.submit(() -> pipeline.code(article))));
    while (!pending.isEmpty() && pending.peek().result().isDone()) {
      handOn(pending.poll());
    }
  }

  /** Waits for every article submitted and hands them on. */
  public void finish() {
    while (!pending.isEmpty()) {
      handOn(pending.poll());
    }
  }

  /** How many articles are in flight at most. */
  public int size() {
    return size;
  }

  private void handOn(Pending p) {
    CodedArticle coded;
    try {
      coded = p.result().get();
    } catch (ExecutionException e) {
      failed.accept(p.article(), e.getCause() instanceof Exception ex ? ex : e);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    done.accept(coded);
  }

  /** Stops the workers; what was not handed on by {@link #finish} is dropped. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}

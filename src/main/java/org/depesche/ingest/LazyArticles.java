package org.depesche.ingest;

import java.util.NoSuchElementException;
import org.depesche.article.Article;

/**
 * The skeleton of a cursor that reads ahead by one article: subclasses say how to read the next one, and return
 * null at the end. After the end the cursor closes itself, so that a chain of files holds one open at a time.
 */
abstract class LazyArticles implements ArticleCursor {
  private Article next;
  private boolean done;

  /** The next article, or null when there is none left; bad records are reported and skipped in here. */
  protected abstract Article read();

  /** Releases what {@link #read} opened; called once. */
  protected abstract void release();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = read();
      if (next == null) {
        close();
      }
    }
    return next != null;
  }

  @Override
  public final Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article a = next;
    next = null;
    return a;
  }

  @Override
  public final void close() {
    if (!done) {
      done = true;
      release();
    }
  }
}

package org.depesche.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import org.depesche.article.Article;

/**
 * Articles read one at a time from open sources, so that a corpus of any size passes through in bounded memory: a
 * reader holds one record, never the whole file. Bad records are reported to the problem consumer the cursor was
 * opened with, as they are met, and skipped. Close it to release its files; reading to the end does not.
 */
public interface ArticleCursor extends Iterator<Article>, AutoCloseable {
  /** Releases the files and streams still open; no I/O exception, as there is nothing left to do about one. */
  @Override
  void close();

  /** The same articles, each changed by {@code change} as it is read. */
  default ArticleCursor map(UnaryOperator<Article> change) {
    ArticleCursor in = this;
    return new ArticleCursor() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public Article next() {
        return change.apply(in.next());
      }

      @Override
      public void close() {
        in.close();
      }
    };
  }

  /** A cursor over articles already in memory (a fetched page, a feed's pages). */
  static ArticleCursor of(List<Article> articles) {
    Iterator<Article> it = articles.iterator();
    return new ArticleCursor() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Article next() {
        if (!it.hasNext()) {
          throw new NoSuchElementException();
        }
        return it.next();
      }

      @Override
      public void close() {}
    };
  }
}

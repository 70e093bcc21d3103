package org.depesche.ingest;

import java.util.Iterator;
import java.util.function.Supplier;
import org.depesche.article.Article;

/**
 * The articles of many cursors, one after the other, each opened only when the one before it is used up and closed
 * then: a folder of ten thousand files or a list of sources holds one file open at a time.
 */
final class ChainedArticles extends LazyArticles {
  private final Iterator<Supplier<ArticleCursor>> parts;
  private ArticleCursor current;

  /** @param parts opens each part when it is its turn; reports its own problems, as the parts do */
  ChainedArticles(Iterator<Supplier<ArticleCursor>> parts) {
    this.parts = parts;
  }

  @Override
  protected Article read() {
    while (current == null || !current.hasNext()) {
      if (current != null) {
        current.close();
        current = null;
      }
      if (!parts.hasNext()) {
        return null;
      }
      current = parts.next().get();
    }
    return current.next();
  }

  @Override
  protected void release() {
    if (current != null) {
      current.close();
    }
  }
}

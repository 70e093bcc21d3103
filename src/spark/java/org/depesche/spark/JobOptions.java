package org.depesche.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.depesche.article.Article;

/**
 * What a task needs to know besides its records, sent to every executor with the tasks.
 *
 * @param lang      the language coded, and the language of articles that do not name one
 * @param published the publication date of articles that carry none, or null
 */
record JobOptions(String lang, LocalDate published) implements Serializable {
  /** The article with the date and language of the options where it has none, as {@code depesche code} does. */
  Article withDefaults(Article a) {
    Article dated = a.published() == null && published != null ? a.withPublished(published) : a;
    return dated.lang() == null ? dated.withLang(lang) : dated;
  }
}

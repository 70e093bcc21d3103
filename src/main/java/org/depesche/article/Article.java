package org.depesche.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from a source, before any analysis.
 *
 * @param id        stable identifier: the file name for single-article files, the record's id in JSON Lines
 * @param title     the headline, may be empty
 * @param url       where the article was published, or null
 * @param published the publication date, or null when the source does not say
 * @param lang      ISO 639-1 language code, or null when unknown
 * @param text      the body text, paragraphs separated by newlines
 */
public record Article(String id, String title, String url, LocalDate published, String lang, String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
  }

  /** The text that sentence offsets refer to: the title, a newline and the body (the body alone without title). */
  public String analysedText() {
    return title.isBlank() ? text : title + "\n" + text;
  }

  /** The same article with a publication date supplied from outside (for sources that carry none). */
  public Article withPublished(LocalDate date) {
    return new Article(id, title, url, date, lang, text);
  }

  /** The same article with the language set. */
  public Article withLang(String language) {
    return new Article(id, title, url, published, language, text);
  }
}

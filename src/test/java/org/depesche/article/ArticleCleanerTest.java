package org.depesche.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The cleaner's patterns on ordinary lines, and on the long lines the reader fuzz test found them stuck on. */
class ArticleCleanerTest {
  private final ArticleCleaner cleaner = ArticleCleaner.standard();

  @Test
  void an_inline_credit_is_dropped_with_the_space_before_it() {
    assertThat(cleaner.clean("Die beiden sprachen über die Ukraine (Foto: AP) und den Haushalt."))
        .isEqualTo("Die beiden sprachen über die Ukraine und den Haushalt.");
    assertThat(cleaner.clean("Merz (nicht im Bild) sprach.(Bild: dpa)")).isEqualTo("Merz (nicht im Bild) sprach.");
  }

  /** ReaderFuzzTest input #90: a plain-text line of 237,000 spaces took minutes (a quadratic regex search). */
  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void a_line_of_a_quarter_million_spaces_is_cleaned_in_linear_time() {
    assertThat(cleaner.clean("Merz hat am" + " ".repeat(250_000) + "Donnerstag Macron getroffen."))
        .startsWith("Merz hat am").endsWith("Donnerstag Macron getroffen.");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void a_line_of_unclosed_credits_is_cleaned_in_linear_time() {
    String line = "Text " + "(Foto:".repeat(50_000);
    assertThat(cleaner.clean(line)).isEqualTo(line);
  }
}

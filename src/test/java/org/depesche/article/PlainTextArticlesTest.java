package org.depesche.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextArticlesTest {
  private final PlainTextArticles reader = new PlainTextArticles(ArticleCleaner.standard());

  @Test
  void first_line_is_title_and_source_line_gives_url() {
    Article a = reader.parse("x.txt", "Merz telefoniert mit Tusk\nDer Kanzler sprach am Dienstag mit Tusk.\n"
        + "[Anzeige_2]\nQuelle: https://example.org/a/1\nKommentar (0)");
    assertThat(a.title()).isEqualTo("Merz telefoniert mit Tusk");
    assertThat(a.url()).isEqualTo("https://example.org/a/1");
    assertThat(a.text()).isEqualTo("Der Kanzler sprach am Dienstag mit Tusk.");
  }

  @Test
  void date_line_gives_the_publication_date() {
    assertThat(reader.parse("x.txt", "Titel\nText.\nDatum: 2026-01-22").published())
        .isEqualTo(java.time.LocalDate.of(2026, 1, 22));
    assertThat(reader.parse("x.txt", "Titel\nText.\nDatum: 22.01.2026").published())
        .isEqualTo(java.time.LocalDate.of(2026, 1, 22));
    assertThat(reader.parse("x.txt", "Titel\nText.").published()).isNull();
  }

  @Test
  void photo_credit_glued_to_a_sentence_is_cut_off() {
    Article a = reader.parse("x.txt", "Titel\nFoto: PräsidialamtNach Angaben des Amtes trafen sich beide.");
    assertThat(a.text()).isEqualTo("Nach Angaben des Amtes trafen sich beide.");
  }

  @Test
  void photo_caption_credit_in_brackets_is_removed() {
    Article a = reader.parse("x.txt", "Titel\nDer Präsident (links) und der Kanzler. (Foto: dpa)");
    assertThat(a.text()).isEqualTo("Der Präsident (links) und der Kanzler.");
  }

  @Test
  void link_lines_go_but_sentences_that_start_alike_stay() {
    Article a = reader.parse("x.txt", "Titel\nMehr als hundert Flüge fielen aus.\nMehr zum Thema: Streik bei der Bahn\n"
        + "Lesen Sie auch\nDie Gewerkschaft droht mit weiteren Streiks.");
    assertThat(a.text()).contains("Mehr als hundert Flüge fielen aus.").doesNotContain("Mehr zum Thema")
        .doesNotContain("Lesen Sie auch").contains("weiteren Streiks");
  }
}

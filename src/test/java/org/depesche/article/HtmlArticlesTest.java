package org.depesche.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticlesTest {
  private final HtmlArticles reader = new HtmlArticles(ArticleCleaner.standard());

  @Test
  void reads_body_title_date_and_drops_navigation() {
    Article a = reader.parse("p.html", "<html lang='de'><head><title>Seite</title>"
        + "<meta property='article:published_time' content='2025-03-14T10:00:00Z'>"
        + "<link rel='canonical' href='https://example.org/n/1'></head><body>"
        + "<nav><p>Startseite Politik Sport</p></nav><article><h1>Gipfel in Berlin</h1>"
        + "<p>Der Kanzler empfing am Freitag den polnischen Regierungschef.</p><aside><p>Werbung</p></aside>"
        + "<p>Foto: dpa</p></article><footer><p>Impressum</p></footer></body></html>");
    assertThat(a.title()).isEqualTo("Gipfel in Berlin");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(a.url()).isEqualTo("https://example.org/n/1");
    assertThat(a.lang()).isEqualTo("de");
    assertThat(a.text()).isEqualTo("Der Kanzler empfing am Freitag den polnischen Regierungschef.");
  }

  @Test
  void malformed_html_is_repaired_but_an_empty_page_is_refused() {
    assertThat(reader.parse("p.html", "<p>Ein Satz ohne Ende <b>fett").text()).isEqualTo("Ein Satz ohne Ende fett");
    assertThatThrownBy(() -> reader.parse("p.html", "<html><body><nav>Menü</nav></body></html>"))
        .isInstanceOf(InvalidInputException.class);
  }
}

package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatternBookTest {
  private static final CameoOntology CAMEO = CameoOntology.standard();

  @Test
  void a_list_name_stands_for_the_words_of_the_list() {
    PatternBook book = PatternBook.load("/depesche/event/word-lists.yaml", CAMEO);
    assertThat(book.all().get(0).object()).containsExactly("waffe", "panzer");
  }

  @Test
  void a_list_name_beside_words_keeps_them_in_place() {
    PatternBook book = PatternBook.load("/depesche/event/word-lists.yaml", CAMEO);
    assertThat(book.all().get(1).object()).containsExactly("waffe", "panzer", "kampfjet");
  }

  @Test
  void a_list_name_the_file_does_not_define_is_an_error_naming_the_pattern() {
    assertThatThrownBy(() -> PatternBook.load("/depesche/event/unknown-list.yaml", CAMEO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("liefern").hasMessageContaining("WAFFEN");
  }
}

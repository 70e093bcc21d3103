package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule of issue 12: the place's name, or a word built on it, appears in the text. */
class PlaceMentionTest {
  @Test
  void a_word_built_on_the_name_names_the_place() {
    assertThat(PlaceMention.named("Die Wuppertaler Polizei ermittelt.", "Wuppertal")).isTrue();
  }

  @Test
  void case_is_ignored() {
    assertThat(PlaceMention.named("In der WUPPERTALER Nordstadt brannte es.", "Wuppertal")).isTrue();
  }

  @Test
  void a_name_with_a_qualifier_in_brackets_is_named_by_its_first_word() {
    assertThat(PlaceMention.named("Vor der Unterkunft in Halle (Saale) versammelten sich 50 Menschen.",
        "Halle (Saale)")).isTrue();
    assertThat(PlaceMention.named("In Halle versammelten sich 50 Menschen.", "Halle (Saale)")).isTrue();
  }

  @Test
  void a_short_first_word_gives_way_to_the_first_of_four_letters() {
    assertThat(PlaceMention.stem("Bad Kreuznach")).isEqualTo("kreuznach");
    assertThat(PlaceMention.named("Die Kreuznacher Feuerwehr löschte.", "Bad Kreuznach")).isTrue();
  }

  @Test
  void a_place_not_named_is_not_found() {
    assertThat(PlaceMention.named("Unbekannte warfen in der Nacht Steine gegen eine Unterkunft.", "Wuppertal"))
        .isFalse();
  }

  @Test
  void the_name_must_begin_a_word() {
    assertThat(PlaceMention.named("Das Stadthalle-Fest fiel aus.", "Halle (Saale)")).isFalse();
  }

  @Test
  void a_name_shorter_than_four_letters_must_stand_as_a_whole_word() {
    assertThat(PlaceMention.named("In Aue brannte ein Container.", "Aue")).isTrue();
    assertThat(PlaceMention.named("Am Auenweg brannte ein Container.", "Aue")).isFalse();
  }

  @Test
  void an_empty_place_is_named_by_no_text() {
    assertThat(PlaceMention.named("In Aue brannte ein Container.", "")).isFalse();
  }
}

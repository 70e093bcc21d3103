package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule of issue 12: the place's name, or a word built on it, appears in the text. */
class PlaceMentionTest {
  private static void assertNamed(String text, String place) {
    assertThat(PlaceMention.named(text, place)).as("'%s' names %s", text, place).isTrue();
  }

  private static void assertNotNamed(String text, String place) {
    assertThat(PlaceMention.named(text, place)).as("'%s' does not name %s", text, place).isFalse();
  }

  /** A word built on the name counts, whatever its case. */
  @Test
  void a_word_built_on_the_name_names_the_place() {
    assertNamed("Die Wuppertaler Polizei ermittelt.", "Wuppertal");
    assertNamed("In der WUPPERTALER Nordstadt brannte es.", "Wuppertal");
  }

  /** "Halle (Saale)" is named by "Halle", with or without its river. */
  @Test
  void a_name_with_a_qualifier_in_brackets_is_named_by_its_first_word() {
    assertNamed("Vor der Unterkunft in Halle (Saale) versammelten sich 50 Menschen.", "Halle (Saale)");
    assertNamed("In Halle versammelten sich 50 Menschen.", "Halle (Saale)");
  }

  /** "Bad" is too short to tell: "Kreuznach" must appear. */
  @Test
  void a_short_first_word_gives_way_to_the_first_of_four_letters() {
    assertThat(PlaceMention.stem("Bad Kreuznach")).isEqualTo("kreuznach");
    assertNamed("Die Kreuznacher Feuerwehr löschte.", "Bad Kreuznach");
  }

  @Test
  void a_place_not_named_is_not_found() {
    assertNotNamed("Unbekannte warfen in der Nacht Steine gegen eine Unterkunft.", "Wuppertal");
  }

  @Test
  void the_name_must_begin_a_word() {
    assertNotNamed("Das Stadthalle-Fest fiel aus.", "Halle (Saale)");
  }

  /** Aue has no word of four letters: "Auenweg" is not Aue. */
  @Test
  void a_name_shorter_than_four_letters_must_stand_as_a_whole_word() {
    assertNamed("In Aue brannte ein Container.", "Aue");
    assertNotNamed("Am Auenweg brannte ein Container.", "Aue");
  }

  @Test
  void an_empty_place_is_named_by_no_text() {
    assertNotNamed("In Aue brannte ein Container.", "");
  }
}

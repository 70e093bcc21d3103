package org.depesche.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {
  private final LanguageGuess guess = LanguageGuess.standard();

  @Test
  void tells_english_from_german() {
    assertThat(guess.of("The foreign ministers agreed on Tuesday to resume talks on the border dispute next month."))
        .contains("en");
    assertThat(guess.of("Die Außenminister vereinbarten am Dienstag, die Gespräche über den Grenzstreit fortzusetzen."))
        .contains("de");
  }

  @Test
  void names_a_language_depesche_does_not_code() {
    assertThat(guess.of("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, critiquée par les syndicats."))
        .contains("fr");
  }

  @Test
  void gives_nothing_for_a_text_too_short_to_tell() {
    assertThat(guess.of("Putin, Xi")).isEmpty();
  }

  @Test
  void a_text_too_short_to_tell_goes_to_the_coded_language_it_looks_most_like_else_the_first() {
    java.util.List<String> coded = java.util.List.of("de", "en");
    assertThat(guess.likeliestOf("Putin, Xi", coded)).isIn(coded);
    assertThat(guess.likeliestOf("Police arrested two men.", coded)).isEqualTo("en");
    assertThat(guess.likeliestOf("Unbekannte beschmierten <b>Heim</b>", coded)).isEqualTo("de");
    assertThat(guess.likeliestOf("", coded)).isEqualTo("de");
  }
}

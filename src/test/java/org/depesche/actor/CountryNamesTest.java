package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import org.junit.jupiter.api.Test;

class CountryNamesTest {
  private final CountryNames countries =
      new CountryNames(Scans.LEXICON, new RoleResolver(Scans.LEXICON, new ApposedNames(Scans.LEXICON)));

  @Test
  void a_country_in_the_genitive_owns_the_role_after_it() {
    ScanState s = state("Polens/PROPN/LOCATION Außenminister/NOUN telefonierte/VERB mit/ADP Kiew/PROPN ./PUNCT");
    assertThat(countries.read(s, 0)).isEqualTo(2);
    assertThat(found(s)).containsExactly("Polens Außenminister=POLGOV");
  }

  @Test
  void a_country_not_in_the_genitive_stays_a_country() {
    ScanState s = state("Nur/ADV in/ADP Polen/PROPN/LOCATION Präsident/NOUN zu/PART werden/AUX genügte/VERB "
        + "ihm/PRON nicht/PART ./PUNCT");
    assertThat(countries.read(s, 2)).isEqualTo(3);
    assertThat(found(s)).containsExactly("Polen=POL");
  }

  @Test
  void a_name_of_several_words_is_one_mention() {
    ScanState s = state("Die/DET Bundesrepublik/PROPN Deutschland/PROPN/LOCATION zahlte/VERB ./PUNCT");
    assertThat(countries.read(s, 1)).isEqualTo(3);
    assertThat(found(s)).containsExactly("Bundesrepublik Deutschland=DEU");
  }

  @Test
  void a_country_adjective_is_left_to_other_recognisers() {
    ScanState s = state("Die/DET polnische/ADJ Wirtschaft/NOUN wächst/VERB ./PUNCT");
    assertThat(countries.read(s, 1)).isEqualTo(1);
    assertThat(s.found()).isEmpty();
  }
}

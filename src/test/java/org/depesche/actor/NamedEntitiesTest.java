package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import org.junit.jupiter.api.Test;

class NamedEntitiesTest {
  private static final String ARREST = "Amnesty/PROPN/ORGANIZATION International/PROPN/ORGANIZATION "
      + "Deutschland/PROPN/ORGANIZATION kritisierte/VERB die/DET Festnahme/NOUN von/ADP Lena/PROPN/PERSON "
      + "Brandt/PROPN/PERSON in/ADP Saporischschja/PROPN/LOCATION ./PUNCT";

  private final NamedEntities entities = new NamedEntities(Scans.LEXICON);

  @Test
  void a_person_only_the_recogniser_knows_has_a_name_but_no_code() {
    ScanState s = state(ARREST);
    assertThat(entities.read(s, 7)).isEqualTo(9);
    assertThat(found(s)).containsExactly("Lena Brandt=?");
    assertThat(s.found().get(0).actor().name()).isEqualTo("Lena Brandt");
    assertThat(s.found().get(0).person()).isTrue();
  }

  @Test
  void an_organisation_stops_before_a_word_the_dictionary_knows() {
    ScanState s = state(ARREST);
    assertThat(entities.read(s, 0)).isEqualTo(2);
    assertThat(found(s)).containsExactly("Amnesty International=?");
    assertThat(s.found().get(0).person()).isFalse();
  }

  @Test
  void a_place_is_not_read() {
    ScanState s = state(ARREST);
    assertThat(entities.read(s, 10)).isEqualTo(10);
    assertThat(s.found()).isEmpty();
  }
}

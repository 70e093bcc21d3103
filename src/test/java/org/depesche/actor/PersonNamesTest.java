package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
  private final PersonNames names = new PersonNames(Scans.LEXICON);

  @Test
  void a_person_is_the_office_held_on_the_article_date() {
    ScanState s = state("Olaf/PROPN/PERSON Scholz/PROPN/PERSON besuchte/VERB Warschau/PROPN/LOCATION ./PUNCT");
    assertThat(names.read(s, 0)).isEqualTo(2);
    assertThat(found(s)).containsExactly("Olaf Scholz=DEUGOV");
    assertThat(s.found().get(0).person()).isTrue();
  }

  @Test
  void a_person_out_of_office_on_that_date_is_a_former_holder() {
    ScanState s = state("Angela/PROPN/PERSON Merkel/PROPN/PERSON schrieb/VERB ein/DET Buch/NOUN ./PUNCT");
    names.read(s, 0);
    assertThat(found(s)).containsExactly("Angela Merkel=DEUELI");
  }

  @Test
  void the_surname_in_the_genitive_names_the_person_too() {
    ScanState s = state("Merkels/PROPN Nachfolger/NOUN zögerte/VERB ./PUNCT");
    assertThat(names.read(s, 0)).isEqualTo(1);
    assertThat(found(s)).containsExactly("Merkels=DEUELI");
  }

  @Test
  void a_country_is_left_to_other_recognisers() {
    ScanState s = state("Polen/PROPN/LOCATION wählte/VERB ./PUNCT");
    assertThat(names.read(s, 0)).isZero();
    assertThat(s.found()).isEmpty();
  }
}

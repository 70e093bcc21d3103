package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import org.junit.jupiter.api.Test;

class TrailingAppositionsTest {
  private static final Actor BERGER = new Actor("Jonas Berger", "Jonas Berger", null, null, null);
  private static final Actor SPOKESMAN = new Actor("Sprecher der Regierung", null, "DEU", null, "GOV");

  private final TrailingAppositions pass = new TrailingAppositions();

  /** The scan after the pass, when "Jonas Berger" was found and then the role at {@code roleFirst..roleLast}. */
  private ScanState passed(String items, int roleFirst, int roleLast, Actor role) {
    ScanState s = state(items);
    s.add(0, 1, BERGER, true, "only the named-entity recogniser knows it");
    s.add(roleFirst, roleLast, role, true, "role word");
    pass.apply(s);
    return s;
  }

  @Test
  void an_unknown_person_takes_the_identity_of_the_role_after_the_comma() {
    ScanState s = passed("Jonas/PROPN/PERSON Berger/PROPN/PERSON ,/PUNCT ein/DET Sprecher/NOUN der/DET "
        + "Regierung/NOUN ,/PUNCT widersprach/VERB ./PUNCT", 4, 6, SPOKESMAN);
    assertThat(found(s)).containsExactly("Jonas Berger=DEUGOV", "Sprecher der Regierung=DEUGOV");
    assertThat(s.found().get(0).actor().name()).isEqualTo("Jonas Berger");
    assertThat(s.introducedAs("Berger").code()).isEqualTo("DEUGOV");
  }

  @Test
  void without_a_comma_the_person_stays_unknown() {
    ScanState s = passed("Jonas/PROPN/PERSON Berger/PROPN/PERSON und/CCONJ ein/DET Sprecher/NOUN der/DET "
        + "Regierung/NOUN widersprachen/VERB ./PUNCT", 4, 6, SPOKESMAN);
    assertThat(found(s)).containsExactly("Jonas Berger=?", "Sprecher der Regierung=DEUGOV");
    assertThat(s.isIntroduced("Berger")).isFalse();
  }

  @Test
  void a_role_that_names_its_own_person_is_no_apposition() {
    Actor scholz = new Actor("der Kanzler", "Olaf Scholz", "DEU", null, "GOV");
    ScanState s = passed("Jonas/PROPN/PERSON Berger/PROPN/PERSON ,/PUNCT der/DET Kanzler/NOUN und/CCONJ "
        + "andere/PRON kamen/VERB ./PUNCT", 4, 4, scholz);
    assertThat(found(s)).containsExactly("Jonas Berger=?", "Kanzler=DEUGOV");
  }
}

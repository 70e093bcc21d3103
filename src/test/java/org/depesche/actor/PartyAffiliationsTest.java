package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyAffiliationsTest {
  private static final Actor HUBER = new Actor("Karl Huber", "Karl Huber", null, null, null);
  private static final Actor SPD = new Actor("SPD", "SPD", "DEU", null, "PTY");

  private final PartyAffiliations pass = new PartyAffiliations();

  /** The mentions left by the pass when {@code first} was found at tokens 0 to 1 and the SPD at {@code spdAt}. */
  private List<String> passed(String items, ActorMention first, int spdAt) {
    ScanState s = state(items);
    s.found().add(first);
    s.add(spdAt, spdAt, SPD, false, "institution in the dictionary");
    pass.apply(s);
    return found(s);
  }

  @Test
  void a_party_in_brackets_after_a_person_is_dropped() {
    assertThat(passed("Karl/PROPN/PERSON Huber/PROPN/PERSON (/PUNCT SPD/PROPN/ORGANIZATION )/PUNCT stimmte/VERB "
        + "dagegen/ADV ./PUNCT", new ActorMention(0, 1, HUBER, true, "named-entity recogniser"), 3))
        .containsExactly("Karl Huber=?");
  }

  @Test
  void a_party_named_in_its_own_right_stays() {
    assertThat(passed("Karl/PROPN/PERSON Huber/PROPN/PERSON und/CCONJ die/DET SPD/PROPN/ORGANIZATION "
        + "stimmten/VERB dagegen/ADV ./PUNCT", new ActorMention(0, 1, HUBER, true, "named-entity recogniser"), 4))
        .containsExactly("Karl Huber=?", "SPD=DEUPTY");
  }

  @Test
  void a_party_in_brackets_after_no_person_stays() {
    Actor council = new Actor("Stadtrat Bonn", null, "DEU", null, "GOV");
    assertThat(passed("Stadtrat/NOUN Bonn/PROPN/LOCATION (/PUNCT SPD/PROPN/ORGANIZATION )/PUNCT stimmte/VERB "
        + "dagegen/ADV ./PUNCT", new ActorMention(0, 1, council, false, "role word"), 3))
        .containsExactly("Stadtrat Bonn=DEUGOV", "SPD=DEUPTY");
  }
}

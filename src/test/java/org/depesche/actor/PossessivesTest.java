package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import org.junit.jupiter.api.Test;

class PossessivesTest {
  private static final Actor MACRON = new Actor("Macron", "Emmanuel Macron", "FRA", null, "GOV");

  private final Possessives possessives =
      new Possessives(Scans.LEXICON, new RoleResolver(Scans.LEXICON, new ApposedNames(Scans.LEXICON)));

  /** The sentence with "Macron" found at its first token. */
  private static ScanState afterMacron(String items) {
    ScanState s = state(items);
    s.add(0, 0, MACRON, true, "named before");
    return s;
  }

  @Test
  void sein_land_is_the_country_of_the_actor_named_last() {
    ScanState s = afterMacron("Macron/PROPN/PERSON sagte/VERB ,/PUNCT sein/DET Land/NOUN helfe/VERB ./PUNCT");
    assertThat(possessives.read(s, 3)).isEqualTo(5);
    assertThat(found(s)).containsExactly("Macron=FRAGOV", "sein Land=FRA");
  }

  @Test
  void a_possessive_role_is_that_country_role() {
    ScanState s = afterMacron("Macron/PROPN/PERSON sagte/VERB ,/PUNCT seine/DET Regierung/NOUN helfe/VERB ./PUNCT");
    assertThat(possessives.read(s, 3)).isEqualTo(5);
    assertThat(found(s)).containsExactly("Macron=FRAGOV", "seine Regierung=FRAGOV");
  }

  @Test
  void a_possessive_before_any_other_noun_is_not_read() {
    ScanState s = afterMacron("Macron/PROPN/PERSON sagte/VERB ,/PUNCT sein/DET Hund/NOUN belle/VERB ./PUNCT");
    assertThat(possessives.read(s, 3)).isEqualTo(3);
    assertThat(s.found()).hasSize(1);
  }

  @Test
  void with_no_country_named_before_the_possessive_is_not_read() {
    ScanState s = state("Er/PRON sagte/VERB ,/PUNCT sein/DET Land/NOUN helfe/VERB ./PUNCT");
    assertThat(possessives.read(s, 3)).isEqualTo(3);
    assertThat(s.found()).isEmpty();
  }
}

package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import org.junit.jupiter.api.Test;

class HyphenatedRolesTest {
  private final HyphenatedRoles roles =
      new HyphenatedRoles(Scans.LEXICON, new RoleResolver(Scans.LEXICON, new ApposedNames(Scans.LEXICON)));

  @Test
  void a_country_before_the_hyphen_owns_the_role() {
    ScanState s = state("Der/DET Irak-Botschafter/NOUN wurde/AUX einbestellt/VERB ./PUNCT");
    assertThat(roles.read(s, 1)).isEqualTo(2);
    assertThat(found(s)).containsExactly("Irak-Botschafter=IRQGOV");
  }

  @Test
  void an_organisation_before_the_hyphen_owns_the_role() {
    ScanState s = state("Ein/DET Nato-Diplomat/NOUN widersprach/VERB ./PUNCT");
    roles.read(s, 1);
    assertThat(s.found()).singleElement().extracting(m -> m.actor().org()).isEqualTo("NATO");
  }

  @Test
  void a_person_before_the_hyphen_owns_nothing() {
    ScanState s = state("Die/DET Merkel-Regierung/NOUN zögerte/VERB ./PUNCT");
    assertThat(roles.read(s, 1)).isEqualTo(1);
    assertThat(s.found()).isEmpty();
  }

  @Test
  void a_party_before_the_hyphen_gives_its_officials_country_and_party_sector() {
    ScanState s = state("Im/ADP Juni/PROPN demonstrierten/VERB FPÖ-Funktionäre/NOUN ./PUNCT");
    assertThat(roles.read(s, 3)).isEqualTo(4);
    assertThat(found(s)).containsExactly("FPÖ-Funktionäre=AUTPTY");
  }
}

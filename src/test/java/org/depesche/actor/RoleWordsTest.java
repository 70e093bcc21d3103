package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleWordsTest {
  private final RoleWords roles =
      new RoleWords(Scans.LEXICON, new RoleResolver(Scans.LEXICON, new ApposedNames(Scans.LEXICON)));

  @Test
  void a_role_word_alone_belongs_to_the_article_home_country() {
    ScanState s = state("Die/DET Polizei/NOUN nahm/VERB zwei/NUM Männer/NOUN fest/ADP ./PUNCT");
    assertThat(roles.read(s, 1)).isEqualTo(2);
    assertThat(found(s)).containsExactly("Polizei=DEUCOP");
  }

  @Test
  void a_country_prefix_inside_the_compound_wins_over_the_home_country() {
    ScanState s = new ScanState(Scans.tagged("Die/DET Bundesaußenministerin/NOUN reiste/VERB ab/ADP ./PUNCT"),
        Scans.DAY, "FRA", new HashMap<>(), List.of());
    roles.read(s, 1);
    assertThat(found(s)).containsExactly("Bundesaußenministerin=DEUGOV");
  }

  @Test
  void a_role_word_that_is_no_noun_is_not_read() {
    ScanState s = state("Gesandte/ADJ Hilfsgüter/NOUN kamen/VERB nie/ADV an/ADP ./PUNCT");
    assertThat(roles.read(s, 0)).isZero();
    assertThat(s.found()).isEmpty();
  }
}

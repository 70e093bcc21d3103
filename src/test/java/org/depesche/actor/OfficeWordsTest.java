package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;
import static org.depesche.actor.Scans.tagged;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeWordsTest {
  private final ApposedNames names = new ApposedNames(Scans.LEXICON);
  private final OfficeWords offices = new OfficeWords(Scans.LEXICON, new RoleResolver(Scans.LEXICON, names), names);

  @Test
  void the_office_word_is_its_holder_on_the_article_date() {
    ScanState s = state("Der/DET Kremlchef/NOUN schwieg/VERB ./PUNCT");
    assertThat(offices.read(s, 1)).isEqualTo(2);
    assertThat(found(s)).containsExactly("Kremlchef=RUSGOV");
    assertThat(s.found().get(0).actor().name()).isEqualTo("Wladimir Putin");
  }

  @Test
  void a_name_after_the_office_word_wins_over_the_holder() {
    ScanState s = state("Der/DET Kremlchef/NOUN Boris/PROPN/PERSON Iwanow/PROPN/PERSON schwieg/VERB ./PUNCT");
    assertThat(offices.read(s, 1)).isEqualTo(4);
    assertThat(found(s)).containsExactly("Kremlchef Boris Iwanow=RUSGOV");
    assertThat(s.found().get(0).actor().name()).isEqualTo("Boris Iwanow");
    assertThat(s.isIntroduced("Iwanow")).isTrue();
  }

  @Test
  void a_former_holder_is_not_the_present_one() {
    ScanState s = state("Der/DET frühere/ADJ Kremlchef/NOUN schwieg/VERB ./PUNCT");
    offices.read(s, 2);
    assertThat(found(s)).containsExactly("Kremlchef=RUSELI");
    assertThat(s.found().get(0).actor().name()).isNull();
  }

  @Test
  void with_no_date_and_no_name_the_word_is_left_to_the_dictionary() {
    ScanState s = new ScanState(tagged("Der/DET Kremlchef/NOUN schwieg/VERB ./PUNCT"), null, "DEU", new HashMap<>(),
        List.of());
    assertThat(offices.read(s, 1)).isEqualTo(1);
    assertThat(s.found()).isEmpty();
  }
}

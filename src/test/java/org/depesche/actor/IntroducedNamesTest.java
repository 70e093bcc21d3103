package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.tagged;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntroducedNamesTest {
  /** "Die schwedische Reederin Hanna Neu" was read in an earlier sentence. */
  private static final Actor NEU = new Actor("schwedische Reederin Hanna Neu", "Hanna Neu", "SWE", null, null);

  private final IntroducedNames names = new IntroducedNames();

  private static ScanState state(String items) {
    Map<String, Actor> introduced = new HashMap<>(Map.of("Hanna", NEU, "Neu", NEU));
    return new ScanState(tagged(items), Scans.DAY, "DEU", introduced, List.of());
  }

  @Test
  void an_introduced_name_is_the_actor_it_was_introduced_as() {
    ScanState s = state("Hanna/PROPN/PERSON Neu/PROPN/PERSON klagte/VERB ./PUNCT");
    assertThat(names.read(s, 0)).isEqualTo(2);
    assertThat(found(s)).containsExactly("Hanna Neu=SWE");
    assertThat(s.found().get(0).actor().name()).isEqualTo("Hanna Neu");
  }

  @Test
  void the_name_in_the_genitive_counts_too() {
    ScanState s = state("Neus/PROPN Reederei/NOUN klagte/VERB ./PUNCT");
    assertThat(names.read(s, 0)).isEqualTo(1);
    assertThat(found(s)).containsExactly("Neus=SWE");
  }

  @Test
  void the_same_word_as_an_adjective_is_no_mention() {
    ScanState s = state("Neu/ADJ ist/AUX der/DET Streit/NOUN nicht/PART ./PUNCT");
    assertThat(names.read(s, 0)).isZero();
    assertThat(s.found()).isEmpty();
  }
}

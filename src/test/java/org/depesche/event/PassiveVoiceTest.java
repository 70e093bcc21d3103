package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** When a trigger is in the passive, so that its subject is the one acted on. */
class PassiveVoiceTest {
  private static boolean passive(String conllu, String trigger, boolean transitive) {
    Sentence s = Conllu.sentence(conllu);
    return PassiveVoice.isPassive(Parses.token(s, trigger), s, transitive);
  }

  @Test
  void a_passive_auxiliary_makes_a_passive_whatever_the_pattern() {
    assertThat(passive(Parses.AUSGEWIESEN, "ausgewiesen", false)).isTrue();
  }

  @Test
  void a_passive_subject_makes_a_passive_without_the_auxiliary() {
    assertThat(passive("""
        1 Zwei zwei NUM 2 nummod
        2 Journalisten Journalist NOUN 4 nsubj:pass
        3 sind sein AUX 4 aux
        4 verhaftet verhaften VERB 0 root
        5 . . PUNCT 4 punct
        """, "verhaftet", false)).isTrue();
  }

  @Test
  void a_participle_with_sein_and_no_object_is_a_state_passive_of_a_transitive_pattern() {
    assertThat(passive(Parses.FESTGENOMMEN, "festgenommen", true)).isTrue();
  }

  @Test
  void a_participle_with_sein_is_a_perfect_tense_for_a_pattern_without_object() {
    String gereist = """
        1 Der der DET 2 det
        2 Minister Minister NOUN 6 nsubj
        3 ist sein AUX 6 aux
        4 nach nach ADP 5 case
        5 Minsk Minsk PROPN 6 obl LOCATION
        6 gereist reisen VERB 0 root
        7 . . PUNCT 6 punct
        """;
    assertThat(passive(gereist, "gereist", false)).isFalse();
    assertThat(passive(gereist, "gereist", true)).as("only the pattern tells the two apart").isTrue();
  }

  @Test
  void a_participle_with_sein_and_an_object_is_active() {
    assertThat(passive("""
        1 Der der DET 2 det
        2 Präsident Präsident NOUN 6 nsubj
        3 ist sein AUX 6 aux
        4 den der DET 5 det
        5 Marathon Marathon NOUN 6 obj
        6 gelaufen laufen VERB 0 root
        7 . . PUNCT 6 punct
        """, "gelaufen", true)).isFalse();
  }

  @Test
  void a_perfect_with_haben_is_active() {
    assertThat(passive("""
        1 Polen Polen PROPN 5 nsubj LOCATION
        2 hat haben AUX 5 aux
        3 den der DET 4 det
        4 Botschafter Botschafter NOUN 5 obj
        5 ausgewiesen ausweisen VERB 0 root
        6 . . PUNCT 5 punct
        """, "ausgewiesen", true)).isFalse();
  }
}

package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A word's dependents picked by preposition, and its genitives. */
class CaseDependentsTest {
  private static List<String> withCase(String conllu, String head, String rel, String prep) {
    Sentence s = Conllu.sentence(conllu);
    return Parses.words(new CaseDependents(s).withCase(Parses.token(s, head), rel, Set.of(prep)));
  }

  private static List<String> genitives(String conllu, String head) {
    Sentence s = Conllu.sentence(conllu);
    return Parses.words(new CaseDependents(s).genitives(Parses.token(s, head)));
  }

  @Test
  void an_oblique_counts_only_with_the_preposition_asked_for() {
    assertThat(withCase(Parses.SPRACH_IN_ROM, "sprach", "obl", "mit")).containsExactly("Präsidenten");
    assertThat(withCase(Parses.SPRACH_IN_ROM, "sprach", "obl", "in")).containsExactly("Rom");
  }

  @Test
  void a_phrase_hung_on_the_noun_before_counts_for_the_head() {
    String hungOnRom = Parses.SPRACH_IN_ROM.replace("Präsident NOUN 3 obl", "Präsident NOUN 5 nmod");
    assertThat(withCase(hungOnRom, "sprach", "obl", "mit")).containsExactly("Präsidenten");
  }

  @Test
  void a_phrase_one_level_down_counts_only_where_the_head_has_none_of_its_own() {
    assertThat(withCase("""
        1 Der der DET 2 det
        2 Kanzler Kanzler NOUN 3 nsubj
        3 sprach sprechen VERB 0 root
        4 mit mit ADP 5 case
        5 Ruto Ruto PROPN 3 obl PERSON
        6 über über ADP 8 case
        7 das der DET 8 det
        8 Treffen Treffen NOUN 3 obl
        9 mit mit ADP 10 case
        10 Scholz Scholz PROPN 8 nmod PERSON
        11 . . PUNCT 3 punct
        """, "sprach", "obl", "mit")).containsExactly("Ruto");
  }

  @Test
  void a_capitalised_preposition_counts() {
    assertThat(withCase("""
        1 Mit mit ADP 2 case
        2 Ruto Ruto PROPN 3 obl PERSON
        3 sprach sprechen VERB 0 root
        4 der der DET 5 det
        5 Kanzler Kanzler NOUN 3 nsubj
        6 . . PUNCT 3 punct
        """, "sprach", "obl", "mit")).containsExactly("Ruto");
  }

  @Test
  void a_modifier_without_preposition_is_a_genitive() {
    assertThat(genitives("""
        1 Die der DET 2 det
        2 Drohung Drohung NOUN 4 nsubj
        3 Russlands Russland PROPN 2 nmod LOCATION
        4 verhallte verhallen VERB 0 root
        5 . . PUNCT 4 punct
        """, "Drohung")).containsExactly("Russlands");
  }

  @Test
  void a_name_in_apposition_to_an_event_noun_is_its_genitive() {
    assertThat(genitives("""
        1 Die der DET 2 det
        2 Kritik Kritik NOUN 6 nsubj
        3 Pekings Peking PROPN 2 appos LOCATION
        4 an an ADP 5 case
        5 Washington Washington PROPN 3 nmod LOCATION
        6 wächst wachsen VERB 0 root
        7 . . PUNCT 6 punct
        """, "Kritik")).containsExactly("Pekings");
  }

  @Test
  void a_possessive_and_an_adjective_tell_whose_the_noun_is() {
    assertThat(genitives("""
        1 Ihre ihr DET 3 det:poss
        2 scharfe scharf ADJ 3 amod
        3 Kritik Kritik NOUN 4 nsubj
        4 wächst wachsen VERB 0 root
        5 . . PUNCT 4 punct
        """, "Kritik")).containsExactly("Ihre", "scharfe");
  }

  @Test
  void a_modifier_with_a_preposition_is_no_genitive() {
    assertThat(genitives("""
        1 Die der DET 2 det
        2 Kritik Kritik NOUN 5 nsubj
        3 an an ADP 4 case
        4 Washington Washington PROPN 2 nmod LOCATION
        5 wächst wachsen VERB 0 root
        6 . . PUNCT 5 punct
        """, "Kritik")).isEmpty();
  }
}

package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.event.LiteralParse.pattern;

import org.junit.jupiter.api.Test;

class PredicateMatcherTest {
  private static final EventPattern PRAISE = pattern("{verb: bezeichnen, predicate: [hilfreich, held], cameo: '051'}");
  private static final EventPattern DENOUNCE = pattern("{verb: nennen, predicate: [terrorist, erfolg], cameo: '111'}");

  private static boolean matches(EventPattern p, LiteralParse text, String trigger) {
    return PredicateMatcher.matches(p, text.sentence(), text.word(trigger));
  }

  @Test
  void a_complement_with_als_headed_by_als_is_the_judgement() {
    LiteralParse text = LiteralParse.of("""
        1 Frankreich Frankreich PROPN 2 nsubj LOCATION
        2 bezeichnete bezeichnen VERB 0 root
        3 den der DET 4 det
        4 Besuch Besuch NOUN 5 nsubj
        5 als als ADP 2 xcomp
        6 hilfreich hilfreich ADJ 5 amod
        7 . . PUNCT 2 punct
        """);
    assertThat(matches(PRAISE, text, "bezeichnete")).isTrue();
    assertThat(matches(DENOUNCE, text, "bezeichnete")).isFalse();
  }

  @Test
  void the_subject_is_no_judgement() {
    LiteralParse text = LiteralParse.of("""
        1 Polens Polen PROPN 2 nmod LOCATION
        2 Held Held NOUN 3 nsubj
        3 bezeichnete bezeichnen VERB 0 root
        4 den der DET 5 det
        5 Plan Plan NOUN 6 nsubj
        6 als als ADP 3 xcomp
        7 falsch falsch ADJ 6 amod
        8 . . PUNCT 3 punct
        """);
    assertThat(matches(PRAISE, text, "bezeichnete")).isFalse();
  }

  @Test
  void a_complement_with_als_hung_on_a_noun_before_it_counts() {
    LiteralParse text = LiteralParse.of("""
        1 Frankreich Frankreich PROPN 2 nsubj LOCATION
        2 bezeichnete bezeichnen VERB 0 root
        3 Polen Polen PROPN 2 obj LOCATION
        4 bei bei ADP 6 case
        5 dem der DET 6 det
        6 Treffen Treffen NOUN 2 obl
        7 in in ADP 8 case
        8 Rom Rom PROPN 6 nmod LOCATION
        9 als als ADP 10 case
        10 Vorbild Vorbild NOUN 6 nmod
        11 . . PUNCT 2 punct
        """);
    assertThat(matches(pattern("{verb: bezeichnen, predicate: [vorbild], cameo: '051'}"), text, "bezeichnete"))
        .isTrue();
  }

  @Test
  void a_complement_inside_a_relative_clause_is_not_the_triggers() {
    LiteralParse text = LiteralParse.of("""
        1 Polen Polen PROPN 2 nsubj LOCATION
        2 nannte nennen VERB 0 root
        3 den der DET 4 det
        4 Plan Plan NOUN 2 obj
        5 , , PUNCT 9 punct
        6 der der PRON 9 nsubj
        7 als als ADP 8 case
        8 Erfolg Erfolg NOUN 9 obl
        9 galt gelten VERB 4 acl
        10 , , PUNCT 12 punct
        11 einen einen DET 12 det
        12 Fehler Fehler NOUN 4 appos
        13 . . PUNCT 2 punct
        """);
    assertThat(matches(DENOUNCE, text, "nannte")).isFalse();
  }

  @Test
  void a_pattern_without_predicate_words_matches_any_complement() {
    LiteralParse text = LiteralParse.of("""
        1 Polen Polen PROPN 2 nsubj LOCATION
        2 nannte nennen VERB 0 root
        3 den der DET 4 det
        4 Plan Plan NOUN 2 obj
        5 . . PUNCT 2 punct
        """);
    assertThat(matches(pattern("{verb: nennen, cameo: '010'}"), text, "nannte")).isTrue();
    assertThat(matches(DENOUNCE, text, "nannte")).isFalse();
  }
}

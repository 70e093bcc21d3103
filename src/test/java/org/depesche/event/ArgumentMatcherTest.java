package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.event.LiteralParse.pattern;

import org.junit.jupiter.api.Test;

class ArgumentMatcherTest {
  private static final LiteralParse SANCTIONS = LiteralParse.of("""
      1 Russland Russland PROPN 2 nsubj LOCATION
      2 verhängte verhängen VERB 0 root
      3 Sanktionen Sanktion NOUN 2 obj
      4 gegen gegen ADP 6 case
      5 den der DET 6 det
      6 Iran Iran PROPN 3 nmod LOCATION
      7 . . PUNCT 2 punct
      """);
  private static final LiteralParse DECISION = LiteralParse.of("""
      1 Polen Polen PROPN 2 nsubj LOCATION
      2 traf treffen VERB 0 root
      3 eine einen DET 4 det
      4 Entscheidung Entscheidung NOUN 2 obj
      5 . . PUNCT 2 punct
      """);
  private static final LiteralParse AGAINST = LiteralParse.of("""
      1 Ungarn Ungarn PROPN 2 nsubj LOCATION
      2 sprach aussprechen VERB 0 root
      3 sich sich PRON 2 obj
      4 gegen gegen ADP 6 case
      5 die der DET 6 det
      6 Reform Reform NOUN 2 obl
      7 aus aus ADP 2 compound:prt
      8 . . PUNCT 2 punct
      """);

  private static boolean matches(LiteralParse text, String trigger, EventPattern p) {
    return ArgumentMatcher.matches(p, text.word(trigger), text.reader());
  }

  @Test
  void an_object_ending_in_a_word_of_the_pattern_matches() {
    assertThat(matches(SANCTIONS, "verhängte", pattern("{verb: verhängen, object: [sanktion], cameo: '163'}")))
        .isTrue();
  }

  @Test
  void an_object_of_other_words_does_not_match() {
    assertThat(matches(SANCTIONS, "verhängte", pattern("{verb: verhängen, object: [ausgangssperre], cameo: '1723'}")))
        .isFalse();
  }

  @Test
  void an_excepted_object_stops_the_pattern() {
    assertThat(matches(DECISION, "traf", pattern("{verb: treffen, except: [entscheidung], cameo: '040'}"))).isFalse();
  }

  @Test
  void an_object_the_pattern_does_not_except_lets_it_fire() {
    assertThat(matches(DECISION, "traf", pattern("{verb: treffen, except: [vorkehrung], cameo: '040'}"))).isTrue();
  }

  @Test
  void a_required_role_the_trigger_fills_matches() {
    assertThat(matches(AGAINST, "sprach", pattern("{verb: aussprechen, requires: ['obl:gegen'], cameo: '110'}")))
        .isTrue();
  }

  @Test
  void a_required_role_the_trigger_leaves_empty_does_not_match() {
    assertThat(matches(AGAINST, "sprach", pattern("{verb: aussprechen, requires: ['obl:für'], cameo: '051'}")))
        .isFalse();
  }

  @Test
  void a_pattern_without_conditions_matches_any_trigger_of_its_word() {
    assertThat(matches(DECISION, "traf", pattern("{verb: treffen, cameo: '040'}"))).isTrue();
  }
}

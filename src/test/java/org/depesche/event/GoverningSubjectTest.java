package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.event.LiteralParse.pattern;

import java.util.List;
import java.util.Set;
import org.depesche.actor.Actor;
import org.junit.jupiter.api.Test;

class GoverningSubjectTest {
  private static final GoverningSubject RULE = new GoverningSubject(Set.of("einladen"));
  private static final EventPattern PATTERN = pattern("{verb: beraten, cameo: '040', target: ['obl:mit']}");

  private static List<String> of(GoverningSubject rule, LiteralParse text, String trigger) {
    return rule.of(text.sentence(), text.word(trigger), text.reader(), PATTERN.target().contains("obj")).actors()
        .stream().map(Actor::key).toList();
  }

  @Test
  void the_subject_of_the_governing_clause_acts_in_an_infinitive() {
    LiteralParse text = LiteralParse.of(Parses.DECLARES_TALKS);
    assertThat(of(RULE, text, "beraten")).containsExactly("POL");
  }

  @Test
  void under_a_verb_of_object_control_the_object_acts() {
    LiteralParse text = LiteralParse.of("""
        1 Polen Polen PROPN 2 nsubj LOCATION
        2 lud einladen VERB 0 root
        3 Litauen Litauen PROPN 2 obj LOCATION
        4 ein ein ADV 2 compound:prt
        5 , , PUNCT 8 punct
        6 Warschau Warschau PROPN 8 obj LOCATION
        7 zu zu PART 8 mark
        8 besuchen besuchen VERB 2 xcomp
        9 . . PUNCT 2 punct
        """);
    assertThat(of(RULE, text, "besuchen")).containsExactly("LTU");
    assertThat(of(new GoverningSubject(Set.of()), text, "besuchen")).containsExactly("POL");
  }

  @Test
  void a_relative_clause_is_not_climbed_out_of() {
    LiteralParse text = LiteralParse.of("""
        1 Polen Polen PROPN 2 nsubj LOCATION
        2 kritisierte kritisieren VERB 0 root
        3 das der DET 4 det
        4 Land Land NOUN 2 obj
        5 , , PUNCT 8 punct
        6 das der PRON 8 obj
        7 Litauen Litauen PROPN 8 nsubj LOCATION
        8 angegriffen angreifen VERB 4 acl
        9 hatte haben AUX 8 aux
        10 . . PUNCT 2 punct
        """);
    assertThat(of(RULE, text, "angegriffen")).isEmpty();
  }

  @Test
  void a_main_clause_has_no_governing_subject() {
    LiteralParse text = LiteralParse.of(Parses.CONSULTS);
    assertThat(of(RULE, text, "beriet")).isEmpty();
  }
}

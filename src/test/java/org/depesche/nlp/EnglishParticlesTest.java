package org.depesche.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishParticlesTest {
  /** "Iran called off the talks": the verb is "call off", as the English patterns name it. */
  @Test
  void joins_a_particle_to_its_verb() {
    List<Token> tokens = List.of(
        new Token(0, "Iran", "Iran", "PROPN", "LOCATION", 0, 4, 1, "nsubj"),
        new Token(1, "called", "call", "VERB", "O", 5, 11, -1, "root"),
        new Token(2, "off", "off", "ADP", "O", 12, 15, 1, "compound:prt"),
        new Token(3, "talks", "talk", "NOUN", "O", 20, 25, 1, "obj"));
    assertThat(EnglishParticles.join(tokens).get(1).lemma()).isEqualTo("call off");
  }

  /** "called on Iran": a preposition is no particle, the verb stays "call". */
  @Test
  void leaves_a_verb_with_a_preposition_alone() {
    List<Token> tokens = List.of(
        new Token(0, "called", "call", "VERB", "O", 0, 6, -1, "root"),
        new Token(1, "on", "on", "ADP", "O", 7, 9, 2, "case"),
        new Token(2, "Iran", "Iran", "PROPN", "LOCATION", 10, 14, 0, "obl"));
    assertThat(EnglishParticles.join(tokens).get(0).lemma()).isEqualTo("call");
  }
}

package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.depesche.actor.Actor;
import org.junit.jupiter.api.Test;

/** The named actors in a word's phrase, and where the phrase ends. */
class PhraseActorsTest {
  @Test
  void conjoined_actors_are_equally_near() {
    ArgumentParse p = ArgumentParse.of("""
        1 Die der DET 2 det
        2 Gespräche Gespräch NOUN 7 nsubj
        3 zwischen zwischen ADP 4 case
        4 Polen Polen PROPN 2 nmod LOCATION
        5 und und CCONJ 6 cc
        6 Litauen Litauen PROPN 4 conj LOCATION
        7 begannen beginnen VERB 0 root
        8 . . PUNCT 7 punct
        """);
    assertThat(new PhraseActors(p.mentions()).nearest(p.token("Gespräche").index())).extracting(Actor::key)
        .containsExactly("POL", "LTU");
  }

  @Test
  void the_actor_nearest_the_head_of_the_phrase_wins() {
    ArgumentParse p = ArgumentParse.of("""
        1 Der der DET 2 det
        2 Gesandte Gesandte NOUN 8 nsubj
        3 der der DET 5 det
        4 Vereinten vereint ADJ 5 amod
        5 Nationen Nation NOUN 2 nmod ORGANIZATION
        6 in in ADP 7 case
        7 Libyen Libyen PROPN 5 nmod LOCATION
        8 trat treten VERB 0 root
        9 zurück zurück ADP 8 compound:prt
        10 . . PUNCT 8 punct
        """);
    assertThat(new PhraseActors(p.mentions()).nearest(p.token("Gesandte").index())).extracting(Actor::key)
        .containsExactly("UN");
  }

  @Test
  void a_phrase_ends_where_a_clause_begins() {
    ArgumentParse p = ArgumentParse.of("""
        1 Der der DET 2 det
        2 Frachter Frachter NOUN 8 nsubj
        3 , , PUNCT 6 punct
        4 der der PRON 6 nsubj
        5 Kuba Kuba PROPN 6 obj LOCATION
        6 anlief anlaufen VERB 2 acl:relcl
        7 , , PUNCT 6 punct
        8 verließ verlassen VERB 0 root
        9 den der DET 10 det
        10 Hafen Hafen NOUN 8 obj
        11 . . PUNCT 8 punct
        """);
    PhraseActors phrases = new PhraseActors(p.mentions());
    int frachter = p.token("Frachter").index();
    assertThat(phrases.inPhrase(frachter, p.token("Kuba").index())).isFalse();
    assertThat(phrases.nearest(frachter)).isEmpty();
    assertThat(phrases.inPhrase(p.token("verließ").index(), p.token("Hafen").index())).isTrue();
  }
}

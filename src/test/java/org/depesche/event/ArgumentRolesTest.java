package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.depesche.nlp.Token;
import org.junit.jupiter.api.Test;

/** The words that fill a trigger's argument roles, as the pattern book names them. */
class ArgumentRolesTest {
  private static List<String> role(ArgumentParse p, String trigger, String role, boolean transitive) {
    return Parses.words(new ArgumentRoles(p.mentions()).of(p.token(trigger), role, transitive));
  }

  @Test
  void the_subject_of_a_passive_is_the_one_introduced_by_von() {
    assertThat(role(ArgumentParse.of(Parses.AUSGEWIESEN), "ausgewiesen", "subj", true)).containsExactly("Polen");
  }

  @Test
  void the_object_of_a_passive_is_its_grammatical_subject() {
    assertThat(role(ArgumentParse.of(Parses.AUSGEWIESEN), "ausgewiesen", "obj", true)).containsExactly("Botschafter");
  }

  @Test
  void a_state_passive_turns_the_roles_around_only_for_a_transitive_pattern() {
    ArgumentParse p = ArgumentParse.of(Parses.FESTGENOMMEN);
    assertThat(role(p, "festgenommen", "subj", true)).isEmpty();
    assertThat(role(p, "festgenommen", "obj", true)).containsExactly("Journalisten");
    assertThat(role(p, "festgenommen", "subj", false)).containsExactly("Journalisten");
  }

  @Test
  void an_oblique_role_names_its_preposition() {
    ArgumentParse p = ArgumentParse.of(Parses.SPRACH_IN_ROM);
    assertThat(role(p, "sprach", "obl:mit", false)).containsExactly("Präsidenten");
    assertThat(role(p, "sprach", "obl:nach", false)).isEmpty();
  }

  @Test
  void a_modifier_role_reads_the_prepositional_phrase_of_an_event_noun() {
    ArgumentParse p = ArgumentParse.of("""
        1 Das der DET 2 det
        2 Treffen Treffen NOUN 5 nsubj
        3 mit mit ADP 4 case
        4 Ruto Ruto PROPN 2 nmod PERSON
        5 begann beginnen VERB 0 root
        6 . . PUNCT 5 punct
        """);
    assertThat(role(p, "Treffen", "nmod:mit", false)).containsExactly("Ruto");
  }

  @Test
  void the_indirect_object_is_read_as_parsed() {
    ArgumentParse p = ArgumentParse.of("""
        1 Polen Polen PROPN 2 nsubj LOCATION
        2 schickte schicken VERB 0 root
        3 Litauen Litauen PROPN 2 iobj LOCATION
        4 Waffen Waffe NOUN 2 obj
        5 . . PUNCT 2 punct
        """);
    assertThat(role(p, "schickte", "iobj", true)).containsExactly("Litauen");
    assertThat(role(p, "schickte", "obj", true)).containsExactly("Waffen");
  }

  @Test
  void the_genitive_role_reads_whose_an_event_noun_is() {
    ArgumentParse p = ArgumentParse.of("""
        1 Die der DET 2 det
        2 Kritik Kritik NOUN 4 nsubj
        3 Pekings Peking PROPN 2 appos LOCATION
        4 wächst wachsen VERB 0 root
        5 . . PUNCT 4 punct
        """);
    assertThat(role(p, "Kritik", "gen", false)).containsExactly("Pekings");
  }

  @Test
  void a_role_the_pattern_book_does_not_know_is_an_error() {
    ArgumentParse p = ArgumentParse.of(Parses.AUSGEWIESEN);
    assertThatThrownBy(() -> role(p, "ausgewiesen", "dobj", true)).hasMessageContaining("dobj");
  }

  @Test
  void a_relative_pronoun_as_object_stands_for_the_noun_before_it() {
    ArgumentParse p = ArgumentParse.of("""
        1 Das der PRON 4 nsubj
        2 ist sein AUX 4 cop
        3 das der DET 4 det
        4 Abkommen Abkommen NOUN 0 root
        5 , , PUNCT 8 punct
        6 das der PRON 8 obj
        7 Chile Chile PROPN 8 nsubj LOCATION
        8 unterzeichnet unterzeichnen VERB 4 acl:relcl
        9 hatte haben AUX 8 aux
        10 . . PUNCT 4 punct
        """);
    assertThat(new ArgumentRoles(p.mentions()).objectCandidates(p.token("unterzeichnet"), true))
        .extracting(Token::word).containsExactly("Abkommen");
  }

  @Test
  void the_object_candidates_go_on_with_the_triggers_other_nouns_but_not_its_subject() {
    ArgumentParse p = ArgumentParse.of("""
        1 Die der DET 2 det
        2 Regierung Regierung NOUN 3 nsubj
        3 gewährte gewähren VERB 0 root
        4 der der DET 5 det
        5 Ukraine Ukraine PROPN 3 iobj LOCATION
        6 im in ADP 7 case
        7 Mai Mai PROPN 3 obl
        8 Kredite Kredit NOUN 3 obl
        9 . . PUNCT 3 punct
        """);
    assertThat(new ArgumentRoles(p.mentions()).objectCandidates(p.token("gewährte"), true))
        .extracting(Token::word).containsExactly("Kredite");
  }
}

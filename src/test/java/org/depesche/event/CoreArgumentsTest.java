package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The subject and objects of an active verb, where the parser confuses them in German word order. */
class CoreArgumentsTest {
  private static List<String> subjects(ArgumentParse p, String verb) {
    return Parses.words(new CoreArguments(p.mentions()).subjects(p.token(verb)));
  }

  private static List<String> objects(ArgumentParse p, String verb) {
    return Parses.words(new CoreArguments(p.mentions()).objects(p.token(verb)));
  }

  @Test
  void an_active_verb_has_its_subject_and_its_object() {
    ArgumentParse p = ArgumentParse.of(Parses.POLEN_VERURTEILTE);
    assertThat(subjects(p, "verurteilte")).containsExactly("Polen");
    assertThat(objects(p, "verurteilte")).containsExactly("Angriff");
  }

  @Test
  void of_two_subjects_the_second_is_an_object() {
    ArgumentParse p = ArgumentParse.of("""
        1 Das der DET 2 det
        2 Kinderhilfswerk Kinderhilfswerk NOUN 3 nsubj
        3 rief aufrufen VERB 0 root
        4 Syrien Syrien PROPN 3 nsubj LOCATION
        5 zum zu ADP 6 case
        6 Handeln Handeln NOUN 3 obl
        7 auf auf ADP 3 compound:prt
        8 . . PUNCT 3 punct
        """);
    assertThat(subjects(p, "rief")).containsExactly("Kinderhilfswerk");
    assertThat(objects(p, "rief")).containsExactly("Syrien");
  }

  @Test
  void a_thing_taken_for_the_subject_is_the_object_of_a_pronoun_after_the_verb() {
    ArgumentParse p = ArgumentParse.of("""
        1 Die der DET 2 det
        2 Präsidentin Präsidentin NOUN 4 nsubj
        3 Litauens Litauen PROPN 2 nmod LOCATION
        4 sprach sprechen VERB 0 root
        5 . . PUNCT 4 punct

        1 Eine ein DET 2 det
        2 Reform Reform NOUN 5 nsubj
        3 der der DET 4 det
        4 Verfassung Verfassung NOUN 2 nmod
        5 strebt anstreben VERB 0 root
        6 sie sie PRON 5 obj
        7 an an ADP 5 compound:prt
        8 . . PUNCT 5 punct
        """);
    assertThat(subjects(p, "strebt")).containsExactly("sie");
    assertThat(objects(p, "strebt")).containsExactly("Reform");
  }

  @Test
  void a_nominative_pronoun_is_the_subject_of_a_verb_the_parser_gave_none() {
    ArgumentParse p = ArgumentParse.of("""
        1 Gestern gestern ADV 2 advmod
        2 gratulierte gratulieren VERB 0 root
        3 sie sie PRON 2 obj
        4 dem der DET 5 det
        5 Präsidenten Präsident NOUN 2 iobj
        6 Kenias Kenia PROPN 5 nmod LOCATION
        7 . . PUNCT 2 punct
        """);
    assertThat(subjects(p, "gratulierte")).containsExactly("sie");
    assertThat(objects(p, "gratulierte")).as("sie is the subject, the president the indirect object").isEmpty();
  }

  @Test
  void a_pronoun_that_cannot_be_nominative_stays_the_object() {
    ArgumentParse p = ArgumentParse.of("""
        1 Scholz Scholz PROPN 2 nsubj PERSON
        2 reiste reisen VERB 0 root
        3 nach nach ADP 4 case
        4 Kenia Kenia PROPN 2 obl LOCATION
        5 , , PUNCT 9 punct
        6 um um ADP 9 mark
        7 ihn er PRON 9 obj
        8 zu zu PART 9 mark
        9 treffen treffen VERB 2 advcl
        10 . . PUNCT 2 punct
        """);
    assertThat(subjects(p, "treffen")).isEmpty();
    assertThat(objects(p, "treffen")).containsExactly("ihn");
  }

  @Test
  void an_apposition_naming_another_actor_than_the_subject_is_the_object() {
    ArgumentParse p = ArgumentParse.of("""
        1 weil weil SCONJ 8 mark
        2 die der DET 3 det
        3 Regierung Regierung NOUN 8 nsubj
        4 Kenias Kenia PROPN 3 nmod LOCATION
        5 Somalia Somalia PROPN 3 appos LOCATION
        6 als als ADP 7 case
        7 Partner Partner NOUN 8 obl
        8 bezeichnet bezeichnen VERB 0 root
        """);
    assertThat(objects(p, "bezeichnet")).containsExactly("Somalia");
  }

  @Test
  void an_apposition_naming_the_subject_again_is_no_object() {
    ArgumentParse p = ArgumentParse.of("""
        1 Die der DET 2 det
        2 Regierung Regierung NOUN 6 nsubj
        3 Kenias Kenia PROPN 2 nmod LOCATION
        4 , , PUNCT 5 punct
        5 Nairobi Nairobi PROPN 2 appos LOCATION
        6 schwieg schweigen VERB 0 root
        7 . . PUNCT 6 punct
        """);
    assertThat(objects(p, "schwieg")).isEmpty();
  }

  @Test
  void an_object_clause_opened_by_was_is_about_its_subject() {
    ArgumentParse p = ArgumentParse.of("""
        1 Die der DET 2 det
        2 Kommission Kommission NOUN 3 nsubj
        3 lobte loben VERB 0 root
        4 , , PUNCT 7 punct
        5 was wer PRON 7 nsubj
        6 Estland Estland PROPN 7 obj LOCATION
        7 erreicht erreichen VERB 3 ccomp
        8 habe haben AUX 7 aux
        9 . . PUNCT 3 punct
        """);
    assertThat(objects(p, "lobte")).containsExactly("Estland");
  }

  @Test
  void an_object_clause_opened_by_dass_gives_no_object() {
    ArgumentParse p = ArgumentParse.of("""
        1 Die der DET 2 det
        2 Kommission Kommission NOUN 3 nsubj
        3 lobte loben VERB 0 root
        4 , , PUNCT 7 punct
        5 dass dass SCONJ 7 mark
        6 Estland Estland PROPN 7 nsubj LOCATION
        7 spart sparen VERB 3 ccomp
        8 . . PUNCT 3 punct
        """);
    assertThat(objects(p, "lobte")).isEmpty();
  }
}

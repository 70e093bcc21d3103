package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depesche.actor.Actor;
import org.junit.jupiter.api.Test;

/** Where a target comes from when the trigger's target roles name none. */
class TargetFallbacksTest {
  /** "Die Regierung Polens verurteilte den Angriff auf Litauen." */
  private static final String ANGRIFF_AUF_LITAUEN = """
      1 Die der DET 2 det
      2 Regierung Regierung NOUN 4 nsubj
      3 Polens Polen PROPN 2 nmod LOCATION
      4 verurteilte verurteilen VERB 0 root
      5 den der DET 6 det
      6 Angriff Angriff NOUN 4 obj
      7 auf auf ADP 8 case
      8 Litauen Litauen PROPN 6 nmod LOCATION
      9 . . PUNCT 4 punct
      """;
  /** "Der Kanzler empfing Präsident Ruto Litauen.": a country glued onto a name. */
  private static final String RUTO_LITAUEN = """
      1 Der der DET 2 det
      2 Kanzler Kanzler NOUN 3 nsubj
      3 empfing empfangen VERB 0 root
      4 Präsident Präsident NOUN 3 obj
      5 Ruto Ruto PROPN 4 appos PERSON
      6 Litauen Litauen PROPN 5 flat LOCATION
      7 . . PUNCT 3 punct
      """;

  private static Actor actorAt(ArgumentParse p, String word) {
    return p.mentions().firstCovering(p.token(word).index()).actor();
  }

  @Test
  void another_actor_of_the_clause_than_the_sources_is_the_target_of_last_resort() {
    ArgumentParse p = ArgumentParse.of("""
        1 Der der DET 2 det
        2 Angriff Angriff NOUN 6 nsubj
        3 Polens Polen PROPN 2 nmod LOCATION
        4 auf auf ADP 5 case
        5 Litauen Litauen PROPN 2 nmod LOCATION
        6 scheiterte scheitern VERB 0 root
        7 . . PUNCT 6 punct
        """);
    List<Actor> sources = List.of(actorAt(p, "Polens"));
    assertThat(Parses.keys(new TargetFallbacks(p.reader()).otherActorsInClause(p.token("Angriff"), sources)))
        .containsExactly("LTU");
  }

  @Test
  void the_actors_on_the_subjects_side_are_no_other_actors() {
    ArgumentParse p = ArgumentParse.of(ANGRIFF_AUF_LITAUEN);
    assertThat(Parses.keys(new TargetFallbacks(p.reader()).otherActorsInClause(p.token("verurteilte"), List.of())))
        .containsExactly("LTU");
  }

  @Test
  void the_actors_of_an_embedded_clause_are_no_other_actors() {
    ArgumentParse p = ArgumentParse.of("""
        1 Polen Polen PROPN 2 nsubj LOCATION
        2 verurteilte verurteilen VERB 0 root
        3 , , PUNCT 7 punct
        4 dass dass SCONJ 7 mark
        5 Russland Russland PROPN 7 nsubj LOCATION
        6 Litauen Litauen PROPN 7 iobj LOCATION
        7 drohte drohen VERB 2 ccomp
        8 . . PUNCT 2 punct
        """);
    List<Actor> sources = List.of(actorAt(p, "Polen"));
    assertThat(new TargetFallbacks(p.reader()).otherActorsInClause(p.token("verurteilte"), sources)).isEmpty();
  }

  @Test
  void a_demand_is_about_the_subject_of_the_clause_it_governs() {
    ArgumentParse p = ArgumentParse.of("""
        1 Polen Polen PROPN 2 nsubj LOCATION
        2 fordert fordern VERB 0 root
        3 , , PUNCT 10 punct
        4 dass dass SCONJ 10 mark
        5 die der DET 6 det
        6 Regierung Regierung NOUN 10 nsubj
        7 Kenias Kenia PROPN 6 nmod LOCATION
        8 die der DET 9 det
        9 Gefangenen Gefangene NOUN 10 obj
        10 freilässt freilassen VERB 2 ccomp
        11 . . PUNCT 2 punct
        """);
    ArgumentActors about = new TargetFallbacks(p.reader())
        .complementSubjects(p.token("fordert"), List.of(actorAt(p, "Polen")), true);
    assertThat(about).isEqualTo(new ArgumentActors(List.of(actorAt(p, "Kenias")), false));
  }

  @Test
  void a_complement_subject_that_is_a_source_is_left_out_but_its_pronoun_still_counts() {
    ArgumentParse p = ArgumentParse.of("""
        1 Wladimir Wladimir PROPN 3 nsubj PERSON
        2 Putin Putin PROPN 1 flat PERSON
        3 erklärte erklären VERB 0 root
        4 , , PUNCT 8 punct
        5 dass dass SCONJ 8 mark
        6 er er PRON 8 nsubj
        7 Minsk Minsk PROPN 8 obj LOCATION
        8 besuche besuchen VERB 3 ccomp
        9 . . PUNCT 3 punct
        """);
    ArgumentActors about = new TargetFallbacks(p.reader())
        .complementSubjects(p.token("erklärte"), List.of(actorAt(p, "Putin")), true);
    assertThat(about.actors()).isEmpty();
    assertThat(about.indirect()).isTrue();
  }

  @Test
  void a_name_glued_onto_another_name_is_a_stray_target() {
    ArgumentParse p = ArgumentParse.of(RUTO_LITAUEN);
    assertThat(Parses.keys(new TargetFallbacks(p.reader()).strayActors(p.token("empfing"), List.of())))
        .containsExactly("LTU");
  }

  @Test
  void a_glued_name_that_is_a_source_is_no_stray_target() {
    ArgumentParse p = ArgumentParse.of(RUTO_LITAUEN);
    assertThat(new TargetFallbacks(p.reader()).strayActors(p.token("empfing"), List.of(actorAt(p, "Litauen"))))
        .isEmpty();
  }
}

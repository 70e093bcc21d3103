package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.actor.QuoteSpan;
import org.depesche.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Whom an argument word names: by name, through its phrase, by standing in, or through a pronoun. */
class ActorResolverTest {
  /** „Wir helfen Kenia“ sagte Scholz. */
  private static final String WIR_HELFEN = """
      1 „ „ PUNCT 3 punct
      2 Wir wir PRON 3 nsubj
      3 helfen helfen VERB 6 ccomp
      4 Kenia Kenia PROPN 3 obj LOCATION
      5 “ “ PUNCT 3 punct
      6 sagte sagen VERB 0 root
      7 Scholz Scholz PROPN 6 nsubj PERSON
      8 . . PUNCT 6 punct
      """;

  private static ArgumentActors actorsOf(ArgumentParse p, String word, QuoteSpan... quotes) {
    return new ActorResolver(p.mentions(), new QuoteLookup(List.of(quotes))).actorsOf(p.token(word));
  }

  private static List<String> keys(ArgumentActors found) {
    return Parses.keys(found.actors());
  }

  @Test
  void a_word_of_a_mention_names_its_actor() {
    ArgumentParse p = ArgumentParse.of(Parses.POLEN_VERURTEILTE);
    ArgumentActors polen = actorsOf(p, "Polen");
    assertThat(keys(polen)).containsExactly("POL");
    assertThat(polen.indirect()).isFalse();
    assertThat(keys(actorsOf(p, "Angriff"))).as("a thing names nobody").isEmpty();
  }

  @Test
  void a_noun_without_a_mention_names_the_nearest_actors_of_its_phrase() {
    ArgumentParse p = ArgumentParse.of("""
        1 Der der DET 2 det
        2 Vorschlag Vorschlag NOUN 4 nsubj
        3 Polens Polen PROPN 2 nmod LOCATION
        4 scheiterte scheitern VERB 0 root
        5 . . PUNCT 4 punct
        """);
    assertThat(keys(actorsOf(p, "Vorschlag"))).containsExactly("POL");
  }

  @Test
  void a_role_with_coordinated_countries_names_a_holder_in_each() {
    ArgumentParse p = ArgumentParse.of("""
        1 Die der DET 2 det
        2 Regierungen Regierung NOUN 7 nsubj
        3 von von ADP 4 case
        4 Deutschland Deutschland PROPN 2 nmod LOCATION
        5 und und CCONJ 6 cc
        6 Frankreich Frankreich PROPN 4 conj LOCATION
        7 einigten einigen VERB 0 root
        8 sich sich PRON 7 obj
        9 . . PUNCT 7 punct
        """);
    assertThat(actorsOf(p, "Regierungen").actors()).extracting(Actor::code).containsExactly("DEUGOV", "FRAGOV");
  }

  @Test
  void conjuncts_add_their_actors() {
    ArgumentParse p = ArgumentParse.of("""
        1 Polen Polen PROPN 4 nsubj LOCATION
        2 und und CCONJ 3 cc
        3 Litauen Litauen PROPN 1 conj LOCATION
        4 protestierten protestieren VERB 0 root
        5 . . PUNCT 4 punct
        """);
    assertThat(keys(actorsOf(p, "Polen"))).containsExactly("POL", "LTU");
  }

  @Test
  void a_noun_that_stands_in_for_an_actor_names_it() {
    ArgumentParse p = ArgumentParse.of(Parses.US_ANGRIFF);
    assertThat(keys(actorsOf(p, "US-Angriff"))).containsExactly("USA");
  }

  @Test
  void an_unnamed_noun_names_the_actor_its_genitive_stands_in_for() {
    ArgumentParse p = ArgumentParse.of("""
        1 Eine ein DET 2 det
        2 Änderung Änderung NOUN 5 obj
        3 der der DET 4 det
        4 EU-Verträge EU-Vertrag NOUN 2 nmod
        5 fordert fordern VERB 0 root
        6 Polen Polen PROPN 5 nsubj LOCATION
        7 . . PUNCT 5 punct
        """);
    assertThat(keys(actorsOf(p, "Änderung"))).containsExactly("EU");
  }

  @Test
  void a_first_person_pronoun_in_a_quotation_is_its_speaker() {
    ArgumentParse p = ArgumentParse.of(WIR_HELFEN);
    Actor scholz = p.mentions().firstCovering(p.token("Scholz").index()).actor();
    ArgumentActors wir = actorsOf(p, "Wir", quote(p.sentence(), scholz));
    assertThat(wir.actors()).containsExactly(scholz);
    assertThat(wir.indirect()).isTrue();
  }

  @Test
  void a_first_person_pronoun_outside_a_quotation_names_nobody() {
    ArgumentActors wir = actorsOf(ArgumentParse.of(WIR_HELFEN), "Wir");
    assertThat(wir.actors()).isEmpty();
    assertThat(wir.indirect()).isFalse();
  }

  @Test
  void a_third_person_pronoun_names_the_last_person_before_it() {
    ArgumentParse p = ArgumentParse.of(Parses.PUTIN_SPRACH + Parses.ER_REISTE);
    ArgumentActors er = actorsOf(p, "Er");
    assertThat(er.actors()).extracting(Actor::name).containsExactly("Wladimir Putin");
    assertThat(er.indirect()).isTrue();
    assertThat(actorsOf(p, "Minsk").indirect()).as("named").isFalse();
  }

  @Test
  void a_pronoun_with_nobody_before_it_names_nobody() {
    ArgumentActors er = actorsOf(ArgumentParse.of(Parses.ER_REISTE), "Er");
    assertThat(er).isEqualTo(ArgumentActors.NONE);
  }

  /** The quotation marks and their words, said by {@code speaker}. */
  private static QuoteSpan quote(Sentence s, Actor speaker) {
    return new QuoteSpan(s.token(1).begin(), s.token(4).begin(), s.textOf(1, 3, s.begin()), true, speaker,
        s.token(6).begin(), s.token(6).end());
  }
}

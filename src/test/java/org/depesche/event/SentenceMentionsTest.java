package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.actor.ArticleActors;
import org.depesche.nlp.Conllu;
import org.depesche.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The actors of one sentence, looked up by token. */
class SentenceMentionsTest {
  private static final String RUTO = """
      1 Die der DET 2 det
      2 Regierung Regierung NOUN 4 nsubj
      3 Kenias Kenia PROPN 2 nmod LOCATION
      4 lobte loben VERB 0 root
      5 Präsident Präsident NOUN 4 obj
      6 Ruto Ruto PROPN 5 appos PERSON
      7 . . PUNCT 4 punct
      """;

  private static List<String> codes(List<ActorMention> mentions) {
    return mentions.stream().map(m -> m.actor().code()).toList();
  }

  @Test
  void a_token_is_covered_by_the_mentions_that_span_it() {
    ArgumentParse p = ArgumentParse.of(RUTO);
    assertThat(codes(p.mentions().covering(2))).containsExactly("KENGOV");
    assertThat(p.mentions().covering(3)).as("lobte").isEmpty();
  }

  @Test
  void a_mention_without_a_key_covers_nothing() {
    Sentence s = Conllu.sentence(RUTO);
    Actor unknown = new Actor("Ruto", "Ruto", null, null, null);
    SentenceMentions mentions = new SentenceMentions(s,
        new ArticleActors(List.of(List.of(new ActorMention(4, 5, unknown, true, "test"))), null));
    assertThat(mentions.covering(5)).isEmpty();
    assertThat(mentions.firstCovering(5)).isNull();
    assertThat(mentions.all()).hasSize(1);
  }

  @Test
  void a_noun_stands_in_for_an_actor_only_in_its_own_sentence() {
    ArgumentParse p = ArgumentParse.of(Parses.US_ANGRIFF + """

        1 Litauen Litauen PROPN 2 nsubj LOCATION
        2 schwieg schweigen VERB 0 root
        3 lange lange ADV 2 advmod
        4 . . PUNCT 2 punct
        """);
    assertThat(new SentenceMentions(p.sentences().get(0), p.actors()).standInAt(3)).map(Actor::key).hasValue("USA");
    assertThat(p.mentions().standInAt(3)).isEmpty();
  }

  @Test
  void a_third_person_pronoun_points_to_the_last_person_named() {
    ArgumentParse p = ArgumentParse.of(Parses.PUTIN_SPRACH + Parses.ER_REISTE);
    assertThat(p.mentions().antecedent(0)).map(Actor::name).hasValue("Wladimir Putin");
  }

  @Test
  void a_common_noun_that_names_no_actor_is_a_thing() {
    ArgumentParse p = ArgumentParse.of("""
        1 Polen Polen PROPN 2 nsubj LOCATION
        2 verurteilte verurteilen VERB 0 root
        3 den der DET 4 det
        4 US-Angriff US-Angriff NOUN 2 obj
        5 und und CCONJ 6 cc
        6 die der DET 7 det
        7 Reform Reform NOUN 4 conj
        8 der der DET 9 det
        9 Regierung Regierung NOUN 7 nmod
        10 Litauens Litauen PROPN 9 nmod LOCATION
        11 . . PUNCT 2 punct
        """);
    assertThat(p.mentions().isThing(p.token("Reform"))).isTrue();
    assertThat(p.mentions().isThing(p.token("US-Angriff"))).as("stands in for the USA").isFalse();
    assertThat(p.mentions().isThing(p.token("Regierung"))).as("names Lithuania's government").isFalse();
    assertThat(p.mentions().isThing(p.token("Polen"))).as("a name").isFalse();
  }
}

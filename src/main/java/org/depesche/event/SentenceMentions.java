package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.actor.ArticleActors;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * The actors of one sentence, looked up by token: the mentions that name an actor with a key, the nouns that stand
 * in for one ("den US-Luftangriff"), and whom a third-person pronoun points back to.
 */
final class SentenceMentions {
  private final Sentence sentence;
  private final ArticleActors actors;
  private final List<ActorMention> mentions;

  SentenceMentions(Sentence sentence, ArticleActors actors) {
    this.sentence = sentence;
    this.actors = actors;
    this.mentions = actors.in(sentence.index());
  }

  Sentence sentence() {
    return sentence;
  }

  /** All mentions of the sentence in token order, those without a key included. */
  List<ActorMention> all() {
    return mentions;
  }

  /**
   * The mentions that cover token {@code i} and name an actor: one with a key, or a role word of no country where
   * the article has none ("Unbekannte warfen Steine auf eine Asylunterkunft" in a text that names no place), which
   * names a side by its sector alone.
   */
  List<ActorMention> covering(int i) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.covers(i) && (m.actor().key() != null || m.actor().sector() != null)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The first mention naming an actor that covers token {@code i}, or null (see {@link #covering}). */
  ActorMention firstCovering(int i) {
    List<ActorMention> covering = covering(i);
    return covering.isEmpty() ? null : covering.get(0);
  }

  /** The actor the noun at token {@code i} stands for without naming it. */
  Optional<Actor> standInAt(int i) {
    return actors.standInAt(sentence.index(), i);
  }

  /** The actor a third-person pronoun at token {@code i} most likely points to. */
  Optional<Actor> antecedent(int i) {
    return actors.antecedent(sentence.index(), i);
  }

  /** A common noun that names no actor, not even by standing in for one: something that cannot act. */
  boolean isThing(Token t) {
    return t.isPos("NOUN") && covering(t.index()).isEmpty() && standInAt(t.index()).isEmpty();
  }
}

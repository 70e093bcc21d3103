package org.depesche.event;

import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteSpan;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Reads the actors that fill a trigger's argument roles ({@code subj}, {@code obj}, {@code obl:mit}, ...) in a
 * parsed sentence, following coordination, the passive, relative pronouns and personal pronouns.
 * {@link ArgumentRoles} finds the words of a role, {@link ActorResolver} the actors they name.
 */
final class ArgumentReader {
  private final Sentence sentence;
  private final SentenceMentions mentions;
  private final ArgumentRoles roles;
  private final ActorResolver resolver;
  private final QuoteLookup quotes;
  private final boolean transitive;
  /** Whether an actor was found by a pronoun or a fallback rather than named in the argument. */
  private boolean indirect;

  /**
   * @param transitive whether the pattern read takes a direct object: only then can a participle with "sein" be
   *                   a passive
   */
  ArgumentReader(Sentence sentence, ArticleActors actors, List<QuoteSpan> quotes, boolean transitive) {
    this.transitive = transitive;
    this.sentence = sentence;
    this.mentions = new SentenceMentions(sentence, actors);
    this.roles = new ArgumentRoles(mentions);
    this.quotes = new QuoteLookup(quotes);
    this.resolver = new ActorResolver(mentions, this.quotes);
  }

  Sentence sentence() {
    return sentence;
  }

  List<ActorMention> mentions() {
    return mentions.all();
  }

  SentenceMentions sentenceMentions() {
    return mentions;
  }

  boolean usedIndirectReference() {
    return indirect;
  }

  /** The actors in the first of {@code roles} that has any. */
  List<Actor> read(Token trigger, List<String> roles) {
    for (String role : roles) {
      ArgumentActors found = ArgumentActors.NONE;
      for (Token arg : arguments(trigger, role)) {
        found = found.plus(resolver.actorsOf(arg));
      }
      indirect |= found.indirect();
      if (!found.isEmpty()) {
        return found.deduped().actors();
      }
    }
    return List.of();
  }

  /** The tokens that fill {@code role} of {@code trigger}. */
  List<Token> arguments(Token trigger, String role) {
    return roles.of(trigger, role, transitive);
  }

  List<Token> objectCandidates(Token trigger) {
    return roles.objectCandidates(trigger, transitive);
  }

  static boolean isPassive(Token trigger, Sentence sentence, boolean transitive) {
    return PassiveVoice.isPassive(trigger, sentence, transitive);
  }

  QuoteSpan quoteAt(Token t) {
    return quotes.at(t);
  }
}

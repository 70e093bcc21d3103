package org.depesche.event;

import java.util.List;
import org.depesche.actor.ActorMention;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteSpan;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Reads the actors that fill a trigger's argument roles ({@code subj}, {@code obj}, {@code obl:mit}, ...) in a
 * parsed sentence, following coordination, the passive, relative pronouns and personal pronouns.
 *
 * <p>Built once per sentence and read by every pattern tried on it: it keeps no state between reads. What differs
 * between patterns comes with each call: whether the pattern is transitive, which decides whether a participle
 * with "sein" is a passive. {@link ArgumentRoles} finds the words of a role, {@link ActorResolver} the actors they
 * name.
 */
final class ArgumentReader {
  private final Sentence sentence;
  private final SentenceMentions mentions;
  private final ArgumentRoles roles;
  private final ActorResolver resolver;
  private final QuoteLookup quotes;

  ArgumentReader(Sentence sentence, ArticleActors actors, List<QuoteSpan> quotes) {
    this.sentence = sentence;
    this.mentions = new SentenceMentions(sentence, actors);
    this.roles = new ArgumentRoles(mentions);
    this.quotes = new QuoteLookup(quotes);
    this.resolver = new ActorResolver(mentions, this.quotes);
  }

  Sentence sentence() {
    return sentence;
  }

  /** The mentions of the sentence, in token order. */
  List<ActorMention> mentions() {
    return mentions.all();
  }

  /** The mentions of the sentence, looked up by token. */
  SentenceMentions sentenceMentions() {
    return mentions;
  }

  /**
   * The actors in the first of {@code roles} that has any, each once.
   *
   * @param transitive whether the pattern read takes a direct object (see {@link PassiveVoice})
   */
  ArgumentActors read(Token trigger, List<String> roles, boolean transitive) {
    for (String role : roles) {
      ArgumentActors found = ArgumentActors.NONE;
      for (Token arg : arguments(trigger, role, transitive)) {
        found = found.plus(resolver.actorsOf(arg));
      }
      if (!found.isEmpty()) {
        return found.deduped();
      }
    }
    return ArgumentActors.NONE;
  }

  /** The tokens that fill {@code role} of {@code trigger}; see {@link ArgumentRoles#of}. */
  List<Token> arguments(Token trigger, String role, boolean transitive) {
    return roles.of(trigger, role, transitive);
  }

  /** The nouns that may be the trigger's object; see {@link ArgumentRoles#objectCandidates}. */
  List<Token> objectCandidates(Token trigger, boolean transitive) {
    return roles.objectCandidates(trigger, transitive);
  }

  /** The quotation {@code t} stands in, or null. */
  QuoteSpan quoteAt(Token t) {
    return quotes.at(t);
  }
}

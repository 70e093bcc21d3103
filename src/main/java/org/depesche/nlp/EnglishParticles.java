package org.depesche.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * English phrasal verbs: "called off the talks" is the verb "call off", "beat them up" is "beat up". The parser
 * marks the particle {@code compound:prt}; the verb's lemma takes it after a space, as the English patterns name
 * such verbs.
 */
final class EnglishParticles {
  private EnglishParticles() {}

  /** The tokens with each particle verb's lemma joined to its particle. */
  static List<Token> join(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens);
    for (Token t : tokens) {
      if (t.rel().equals("compound:prt") && t.head() >= 0) {
        Token verb = out.get(t.head());
        out.set(verb.index(), verb.withLemma(verb.lemma() + " " + t.word().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }
}

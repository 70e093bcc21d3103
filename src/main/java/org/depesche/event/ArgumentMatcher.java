package org.depesche.event;

import java.util.Locale;
import org.depesche.nlp.Token;

/**
 * Whether a trigger's arguments are those its pattern asks for: a direct object ending in one of the pattern's
 * {@code object} words ("verhängte Sanktionen" for "Sanktionen verhängen") and in none of its {@code except} words
 * ("traf eine Entscheidung" is no meeting), and one of the {@code requires} roles filled ("sprach sich gegen die
 * Reform aus"). A pattern that asks for nothing matches any trigger of its word.
 */
final class ArgumentMatcher {
  private ArgumentMatcher() {}

  /** Whether the trigger's object and roles meet the pattern's conditions. */
  static boolean matches(EventPattern p, Token trigger, ArgumentReader args) {
    return objectMatches(p, trigger, args) && requirementsMet(p, trigger, args);
  }

  /**
   * Whether no direct object is excepted and, where the pattern names objects, one of the object candidates is
   * among them: the parser often takes an object for an oblique, so the trigger's other nouns count too.
   */
  private static boolean objectMatches(EventPattern p, Token trigger, ArgumentReader args) {
    if (p.verb() != null && !p.except().isEmpty()) {
      for (Token obj : args.arguments(trigger, "obj", p.target().contains("obj"))) {
        String lemma = obj.lemma().toLowerCase(Locale.ROOT);
        if (p.except().stream().anyMatch(lemma::endsWith)) {
          return false;
        }
      }
    }
    if (p.object().isEmpty()) {
      return true;
    }
    for (Token obj : args.objectCandidates(trigger, p.target().contains("obj"))) {
      String lemma = obj.lemma().toLowerCase(Locale.ROOT);
      String word = obj.word().toLowerCase(Locale.ROOT);
      if (p.object().stream().anyMatch(tail -> lemma.endsWith(tail) || word.endsWith(tail))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the trigger fills one of the required roles, whatever the words ("sich aussprechen" + obl:gegen). */
  private static boolean requirementsMet(EventPattern p, Token trigger, ArgumentReader args) {
    return p.requires().isEmpty() || p.requires().stream().anyMatch(role -> !args.arguments(trigger, role, p.target().contains("obj")).isEmpty());
  }
}

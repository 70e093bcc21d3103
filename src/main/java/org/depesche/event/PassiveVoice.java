package org.depesche.event;

import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Tells whether a trigger is in the passive, where the subject is the one acted on and the doer, if named at all,
 * follows "von" or "durch".
 */
final class PassiveVoice {
  private PassiveVoice() {}

  /**
   * Whether the trigger is in the passive: marked by the parser, or a state passive ("Elf Wärter sind
   * festgenommen"): a participle with "sein" and no object, which only a passive of a transitive verb can be.
   * Only a transitive pattern's trigger can be a state passive: "ist gereist" is a perfect tense.
   *
   * @param transitive whether the pattern read takes a direct object
   */
  static boolean isPassive(Token trigger, Sentence sentence, boolean transitive) {
    if (!sentence.children(trigger.index(), "aux:pass").isEmpty()
        || !sentence.children(trigger.index(), "nsubj:pass").isEmpty()) {
      return true;
    }
    boolean withSein = sentence.children(trigger.index(), "aux").stream()
        .anyMatch(a -> a.lemma().equalsIgnoreCase("sein"));
    return transitive && withSein && trigger.isPos("VERB") && trigger.word().matches(".*(t|en)")
        && sentence.children(trigger.index(), "obj").isEmpty();
  }
}

package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Finds the words that fill an argument role of a trigger. The roles are those of the pattern book: {@code subj},
 * {@code obj}, {@code iobj}, {@code obl:P} and {@code nmod:P} for a preposition P, and {@code gen}. In the passive,
 * the subject is the one introduced by "von" or "durch" and the object is the grammatical subject.
 */
final class ArgumentRoles {
  /** What introduces the doer of a passive: German "von", "durch"; English "by" (no German word is spelt so). */
  private static final Set<String> AGENT_PREPOSITIONS = Set.of("von", "durch", "by");

  private final Sentence sentence;
  private final CoreArguments core;
  private final CaseDependents cases;

  ArgumentRoles(SentenceMentions mentions) {
    this.sentence = mentions.sentence();
    this.core = new CoreArguments(mentions);
    this.cases = new CaseDependents(sentence);
  }

  /**
   * The tokens that fill {@code role} of {@code trigger}.
   *
   * @param transitive whether the pattern read takes a direct object: only then can a participle with "sein" be
   *                   a passive
   * @throws IllegalArgumentException for a role the pattern book does not know
   */
  List<Token> of(Token trigger, String role, boolean transitive) {
    boolean passive = PassiveVoice.isPassive(trigger, sentence, transitive);
    String rel = role.contains(":") ? role.substring(0, role.indexOf(':')) : role;
    String prep = role.contains(":") ? role.substring(role.indexOf(':') + 1) : null;
    return switch (rel) {
      case "subj" -> passive ? cases.withCase(trigger, "obl", AGENT_PREPOSITIONS) : core.subjects(trigger);
      case "obj" -> passive ? sentence.children(trigger.index(), "nsubj") : core.objects(trigger);
      case "iobj" -> sentence.children(trigger.index(), "iobj");
      case "obl", "nmod" -> cases.withCase(trigger, rel, Set.of(prep));
      case "gen" -> cases.genitives(trigger);
      default -> throw new IllegalArgumentException("unknown role " + role);
    };
  }

  /**
   * The nouns that may be the trigger's object, the direct object first: a relative pronoun stands for the
   * noun before it ("einen Pakt, den er unterzeichnet hatte"), and since the parser often takes an object for
   * an oblique ("hat Japan seit 2022 Budgethilfe gewährt"), the trigger's other nouns follow, then the
   * common nouns the parser glued onto a name ("warfen in Heidenau Steine") and the prepositional nouns it hung on
   * the object ("setzten ein Heim in Brand").
   */
  List<Token> objectCandidates(Token trigger, boolean transitive) {
    List<Token> out = new ArrayList<>();
    for (Token obj : of(trigger, "obj", transitive)) {
      out.add(obj.isPos("PRON") ? antecedent(obj) : obj);
    }
    for (Token c : sentence.children(trigger.index())) {
      if (c.isPos("NOUN") && !c.rel().startsWith("nsubj") && !out.contains(c)) {
        out.add(c);
      }
    }
    // "sprühten in Berlin Hakenkreuze an ...": the parser glues the object onto the place name before it.
    for (Token c : sentence.children(trigger.index())) {
      if (c.isPos("PROPN")) {
        for (Token glued : sentence.children(c.index(), "flat")) {
          if (glued.isPos("NOUN") && !out.contains(glued)) {
            out.add(glued);
          }
        }
      }
    }
    // "setzten ein Heim in Brand": the parser hangs the verb's "in Brand" on the object before it.
    for (Token obj : of(trigger, "obj", transitive)) {
      for (Token c : sentence.children(obj.index(), "nmod")) {
        if (c.isPos("NOUN") && !sentence.children(c.index(), "case").isEmpty() && !out.contains(c)) {
          out.add(c);
        }
      }
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  /** The noun a relative pronoun refers to: the nearest noun before it. */
  private Token antecedent(Token pronoun) {
    for (int i = pronoun.index() - 1; i >= 0; i--) {
      if (sentence.token(i).isPos("NOUN", "PROPN")) {
        return sentence.token(i);
      }
    }
    return pronoun;
  }
}

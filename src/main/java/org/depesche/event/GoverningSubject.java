package org.depesche.event;

import java.util.List;
import java.util.Set;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Who acts where the trigger's own clause names no source: the subject of the clause that governs it.
 * "Selenskyj teilte mit, die Themen des Telefongesprächs mit Takaichi seien ..." makes Selenskyj the source of the
 * call. Under a verb of object control such as "einladen" the one invited acts instead: "lud sie ein, Berlin zu
 * besuchen" makes her the visitor.
 */
final class GoverningSubject {
  /** How many clauses up a subject is looked for. */
  private static final int LEVELS = 4;

  private final Set<String> objectControl;

  /**
   * @param objectControl lemmas of the verbs whose object, not subject, acts in the clause they govern ("einladen",
   *                      "auffordern"; {@code object-control.txt})
   */
  GoverningSubject(Set<String> objectControl) {
    this.objectControl = Set.copyOf(objectControl);
  }

  /**
   * The subject of the nearest governing clause that has one with an actor, at most four levels up. A relative
   * clause is not climbed out of: its event is not the act of the main clause's subject.
   */
  ArgumentActors of(Sentence s, Token trigger, ArgumentReader args, boolean transitive) {
    Token t = trigger;
    for (int level = 0; level < LEVELS && t.head() >= 0; level++) {
      if (t.rel().startsWith("acl")) {
        return ArgumentActors.NONE;
      }
      // "lud sie ein, ... zu besuchen", "zu einem Besuch eingeladen": the infinitive or the noun the invitation is to
      boolean infinitive = t.rel().equals("xcomp") || t.rel().equals("ccomp")
          || (t.isPos("NOUN") && t.rel().equals("obl"));
      t = s.token(t.head());
      if (infinitive && objectControl.contains(t.lemma())) {
        return args.read(t, List.of("obj", "iobj"), transitive);
      }
      if (t.isVerb()) {
        if (args.arguments(t, "subj", transitive).contains(trigger)) {
          // "Erneut fand eine Demonstration gegen die Unterbringung Asylsuchender statt": the event itself is the
          // subject, and the actors of its own phrase are no doers of it.
          return ArgumentActors.NONE;
        }
        ArgumentActors subj = args.read(t, List.of("subj"), transitive);
        if (!subj.isEmpty()) {
          return subj;
        }
      }
    }
    return ArgumentActors.NONE;
  }
}

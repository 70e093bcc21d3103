package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.nlp.Token;

/**
 * Where a target comes from when the trigger's target roles name none: actors the parser glued onto another
 * name, other actors of the trigger's clause, and the subjects of the clauses it governs. Each is a guess;
 * {@link EventCoder} decides when to try which. They read the sentence through an {@link ArgumentReader}.
 */
final class TargetFallbacks {
  private final ArgumentReader reader;

  TargetFallbacks(ArgumentReader reader) {
    this.reader = reader;
  }

  /** Named actors in the trigger's own clause other than the sources: a last resort for a missing target. */
  List<Actor> otherActorsInClause(Token trigger, List<Actor> sources) {
    List<Actor> out = new ArrayList<>();
    for (ActorMention m : reader.mentions()) {
      if (m.actor().key() != null && !sources.contains(m.actor())
          && sources.stream().noneMatch(m.actor()::sameNamedActor)
          && new PhraseActors(reader.sentenceMentions()).inPhrase(trigger.index(), m.last())
          && m.last() != trigger.index() && !isSubjectSide(trigger, m)) {
        out.add(m.actor());
      }
    }
    return ArgumentActors.dedupe(out);
  }

  /** The actors of the subjects of the clauses the trigger governs ("fordert, dass die Regierung ..."). */
  List<Actor> complementSubjects(Token trigger, List<Actor> sources) {
    List<Actor> out = new ArrayList<>();
    for (Token clause : reader.sentence().children(trigger.index())) {
      if (clause.rel().equals("ccomp") || clause.rel().equals("xcomp")) {
        for (Actor a : reader.read(clause, List.of("subj"))) {
          if (!sources.contains(a)) {
            out.add(a);
          }
        }
      }
    }
    return out;
  }

  private boolean isSubjectSide(Token trigger, ActorMention m) {
    for (Token subj : reader.sentence().children(trigger.index(), "nsubj")) {
      if (reader.sentence().dominates(subj.index(), m.last())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Actors the parser glued onto another name ("Choe Son-hui Moskau" as one name, "Japan der Ukraine" as a
   * genitive of a country): named actors attached to a proper name by {@code flat}, {@code appos} or a
   * case-less {@code nmod}, inside the trigger's clause. They are usually the missing object.
   */
  List<Actor> strayActors(Token trigger, List<Actor> sources) {
    List<Actor> out = new ArrayList<>();
    for (ActorMention m : reader.mentions()) {
      int headOfMention = -1;
      for (int i = m.first(); i <= m.last(); i++) {
        int h = reader.sentence().token(i).head();
        if (h >= 0 && !m.covers(h)) {
          headOfMention = i;
        }
      }
      if (headOfMention < 0 || !reader.sentence().dominates(trigger.index(), headOfMention)) {
        continue;
      }
      Token t = reader.sentence().token(headOfMention);
      Token host = reader.sentence().token(t.head());
      boolean glued = t.rel().equals("flat") || t.rel().equals("appos")
          || (t.rel().equals("nmod") && reader.sentence().children(t.index(), "case").isEmpty());
      ActorMention hostMention = reader.sentenceMentions().firstCovering(host.index());
      if (glued && host.isPos("PROPN") && hostMention != null && hostMention != m
          && !sources.contains(m.actor())) {
        out.add(m.actor());
      }
    }
    return ArgumentActors.dedupe(out);
  }
}

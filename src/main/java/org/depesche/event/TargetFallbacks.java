package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Where a target comes from when the trigger's target roles name none: actors the parser glued onto another
 * name, other actors of the trigger's clause, and the subjects of the clauses it governs. Each is a guess;
 * {@link EventCoder} decides when to try which. They read the sentence through an {@link ArgumentReader}.
 */
final class TargetFallbacks {
  private final ArgumentReader reader;
  private final Sentence sentence;
  private final SentenceMentions mentions;
  private final PhraseActors phrases;

  TargetFallbacks(ArgumentReader reader) {
    this.reader = reader;
    this.sentence = reader.sentence();
    this.mentions = reader.sentenceMentions();
    this.phrases = new PhraseActors(mentions);
  }

  /** Named actors in the trigger's own clause other than the sources: a last resort for a missing target. */
  List<Actor> otherActorsInClause(Token trigger, List<Actor> sources) {
    List<Actor> out = new ArrayList<>();
    for (ActorMention m : mentions.all()) {
      if (m.actor().key() != null && !sources.contains(m.actor())
          && sources.stream().noneMatch(m.actor()::sameNamedActor)
          && phrases.inPhrase(trigger.index(), m.last())
          && m.last() != trigger.index() && !isSubjectSide(trigger, m)) {
        out.add(m.actor());
      }
    }
    return ArgumentActors.dedupe(out);
  }

  /**
   * The actors of the subjects of the clauses the trigger governs ("fordert, dass die Regierung ..."), other than
   * the sources. Indirect where a subject was read through a pronoun, even one that names a source.
   *
   * @param transitive whether the pattern read takes a direct object (see {@link PassiveVoice})
   */
  ArgumentActors complementSubjects(Token trigger, List<Actor> sources, boolean transitive) {
    List<Actor> out = new ArrayList<>();
    boolean indirect = false;
    for (Token clause : sentence.children(trigger.index())) {
      if (clause.rel().equals("ccomp") || clause.rel().equals("xcomp")) {
        ArgumentActors subjects = reader.read(clause, List.of("subj"), transitive);
        indirect |= subjects.indirect();
        for (Actor a : subjects.actors()) {
          if (!sources.contains(a)) {
            out.add(a);
          }
        }
      }
    }
    return new ArgumentActors(out, indirect);
  }

  private boolean isSubjectSide(Token trigger, ActorMention m) {
    for (Token subj : sentence.children(trigger.index(), "nsubj")) {
      if (sentence.dominates(subj.index(), m.last())) {
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
    for (ActorMention m : mentions.all()) {
      int headOfMention = -1;
      for (int i = m.first(); i <= m.last(); i++) {
        int h = sentence.token(i).head();
        if (h >= 0 && !m.covers(h)) {
          headOfMention = i;
        }
      }
      if (headOfMention < 0 || !sentence.dominates(trigger.index(), headOfMention)) {
        continue;
      }
      Token t = sentence.token(headOfMention);
      Token host = sentence.token(t.head());
      boolean glued = t.rel().equals("flat") || t.rel().equals("appos")
          || (t.rel().equals("nmod") && sentence.children(t.index(), "case").isEmpty());
      ActorMention hostMention = mentions.firstCovering(host.index());
      if (glued && host.isPos("PROPN") && hostMention != null && hostMention != m
          && !sources.contains(m.actor())) {
        out.add(m.actor());
      }
    }
    return ArgumentActors.dedupe(out);
  }
}

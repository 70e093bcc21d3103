package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.depesche.actor.Actor;
import org.depesche.actor.ActorMention;
import org.depesche.nlp.Datelines;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * The named actors inside a word's phrase: its subtree up to the clauses embedded in it, whose actors belong to
 * events of their own.
 */
final class PhraseActors {
  /** Clauses inside an argument whose actors belong to another event. */
  static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj",
      Datelines.REL);

  private final Sentence sentence;
  private final List<ActorMention> mentions;

  PhraseActors(SentenceMentions mentions) {
    this.sentence = mentions.sentence();
    this.mentions = mentions.all();
  }

  /**
   * The named actors of {@code root}'s phrase closest to its head: "die Zusammenarbeit zwischen Russland und
   * Nordkorea" gives both countries (coordination costs nothing), "der Direktor der UN-Mission im Kongo" gives
   * the UN, not the Congo one level further down.
   */
  List<Actor> nearest(int root) {
    int best = Integer.MAX_VALUE;
    List<Actor> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if ((m.actor().key() == null && m.actor().sector() == null) || !inPhrase(root, m.last())) {
        continue;
      }
      int depth = depth(root, m);
      if (depth < best) {
        best = depth;
        out.clear();
      }
      if (depth == best) {
        out.add(m.actor());
      }
    }
    return out;
  }

  /** Dependency steps from the mention up to {@code root}, not counting coordination or steps inside the mention. */
  private int depth(int root, ActorMention m) {
    int depth = 0;
    int n = m.last();
    for (int steps = 0; n >= 0 && n != root && steps < sentence.tokens().size(); steps++) {
      Token t = sentence.token(n);
      if (!t.rel().equals("conj") && !m.covers(t.head())) {
        depth++;
      }
      n = t.head();
    }
    return depth;
  }

  /** Whether {@code node} is in {@code root}'s phrase without crossing into a clause. */
  boolean inPhrase(int root, int node) {
    int n = node;
    for (int steps = 0; n >= 0 && steps < sentence.tokens().size(); steps++) {
      if (n == root) {
        return true;
      }
      Token t = sentence.token(n);
      if (CLAUSES.contains(t.rel())) {
        return false;
      }
      n = t.head();
    }
    return false;
  }
}

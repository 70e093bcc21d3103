package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * A word's dependents picked by their case: those a preposition introduces (the roles {@code obl:P} and
 * {@code nmod:P}), and the genitives and possessives (the role {@code gen}).
 */
final class CaseDependents {
  private final Sentence sentence;

  CaseDependents(Sentence sentence) {
    this.sentence = sentence;
  }

  /**
   * The dependents of {@code head} with relation {@code rel} introduced by one of {@code preps}. Since the parser
   * often hangs a prepositional phrase on the noun before it ("diskutierte in Paris mit dem Regierungschef"),
   * such phrases one level down, under the head's other obliques and modifiers, count as well.
   */
  List<Token> withCase(Token head, String rel, Set<String> preps) {
    List<Token> out = new ArrayList<>();
    for (Token c : sentence.children(head.index())) {
      boolean direct = c.rel().equals(rel) || c.rel().startsWith(rel + ":");
      if (direct && hasCase(c, preps)) {
        out.add(c);
      }
    }
    if (out.isEmpty()) {
      for (Token c : sentence.children(head.index())) {
        if (c.rel().startsWith("obl") || c.rel().startsWith("nmod") || c.rel().equals("appos")) {
          for (Token g : sentence.children(c.index(), "nmod")) {
            if (hasCase(g, preps)) {
              out.add(g);
            }
          }
        }
      }
    }
    return out;
  }

  private boolean hasCase(Token t, Set<String> preps) {
    for (Token k : sentence.children(t.index(), "case")) {
      if (preps.contains(k.word().toLowerCase(Locale.ROOT)) || preps.contains(k.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The genitives, possessives and adjectives of {@code head}: who an event noun is of ("Pekings Kritik"). */
  List<Token> genitives(Token head) {
    List<Token> out = new ArrayList<>();
    for (Token c : sentence.children(head.index())) {
      boolean genitive = c.rel().startsWith("nmod") && sentence.children(c.index(), "case").isEmpty();
      // A name in apposition to an event noun is its genitive in German ("die Kritik Pekings").
      boolean namedAppos = c.rel().equals("appos") && c.isPos("PROPN");
      if (genitive || namedAppos || c.rel().equals("nmod:poss") || c.rel().equals("amod")
          || c.rel().equals("det:poss")) {
        out.add(c);
      }
    }
    return out;
  }
}

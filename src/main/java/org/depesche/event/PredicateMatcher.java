package org.depesche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Whether a judgement's predicative complement is one of its pattern's {@code predicate} words: how the subject
 * judges the object decides the code ("bezeichnete den Besuch als hilfreich" praises, "nannte ihn einen
 * Terroristen" denounces, "reagierte empört auf" criticises). A pattern without predicate words matches any
 * trigger of its word.
 */
final class PredicateMatcher {
  /** Relations that open a clause of its own, whose words are not the trigger's complement. */
  private static final Set<String> CLAUSE_RELS = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj",
      "xcomp", "conj");

  private PredicateMatcher() {}

  /**
   * Whether the complement is one of the pattern's words: any noun, adjective or adverb hanging on the trigger
   * other than its subject (the object too, since "nannte ihn einen Terroristen" has two), or an adjective on such a
   * noun ("ein wichtiges Zeichen"). A word matches by its lemma's end or its form's beginning.
   */
  static boolean matches(EventPattern p, Sentence s, Token trigger) {
    if (p.predicate().isEmpty()) {
      return true;
    }
    List<Token> words = new ArrayList<>();
    for (Token c : s.children(trigger.index())) {
      if (c.isPos("NOUN", "ADJ", "ADV") && !c.rel().startsWith("nsubj")) {
        words.add(c);
        words.addAll(s.children(c.index(), "amod"));
      } else if (c.rel().equals("xcomp")) {
        // the parser sometimes heads the complement with "als" itself: "als grauenvoll" with "grauenvoll" below it
        s.children(c.index()).stream().filter(w -> w.isPos("NOUN", "ADJ") && !w.rel().startsWith("nsubj"))
            .forEach(words::add);
      }
    }
    words.addAll(complementsWithAls(s, trigger));
    for (Token w : words) {
      String lemma = w.lemma().toLowerCase(Locale.ROOT);
      String word = w.word().toLowerCase(Locale.ROOT);
      if (p.predicate().stream().anyMatch(tail -> lemma.endsWith(tail) || word.startsWith(tail))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a complement introduced by "als" or "für" anywhere in the trigger's own clause: the parser often
   * hangs "als „junge couragierte Demokratie“" on a noun before it rather than on the verb.
   */
  private static List<Token> complementsWithAls(Sentence s, Token trigger) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      boolean marked = s.children(t.index(), "case").stream()
          .anyMatch(c -> c.word().equalsIgnoreCase("als") || c.word().equalsIgnoreCase("für"));
      if (marked && t != trigger && ownClause(s, trigger, t)) {
        out.add(t);
        for (Token c : s.children(t.index())) {
          out.add(c);
          out.addAll(s.children(c.index(), "amod"));
        }
      }
    }
    return out;
  }

  /** Whether {@code t} is below the trigger without a clause of its own in between. */
  private static boolean ownClause(Sentence s, Token trigger, Token t) {
    Token at = t;
    while (at.head() >= 0 && at.head() != trigger.index()) {
      if (CLAUSE_RELS.contains(at.rel())) {
        return false;
      }
      at = s.token(at.head());
    }
    return at.head() == trigger.index() && !CLAUSE_RELS.contains(at.rel());
  }
}

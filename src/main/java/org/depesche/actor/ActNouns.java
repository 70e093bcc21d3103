package org.depesche.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Nouns that name an act told before ("den Vorstoß", "der Besuch"): where such a noun has no actor of its own, it
 * stands for whoever made the act, found by the words that introduced it in the same sentence or the three before.
 * The families of nouns and introducing words are read from {@code verbs/de/act-nouns.txt}.
 */
final class ActNouns {
  private static final Set<String> RELATIVE = Set.of("der", "die", "das", "welcher", "welche", "welches");
  private static final int LOOK_BACK = 3;

  /** Per noun lemma, the lemmas that introduce its act. */
  private final Map<String, Set<String>> families;

  private ActNouns(Map<String, Set<String>> families) {
    this.families = families;
  }

  static ActNouns of(LanguageFiles files) {
    Map<String, Set<String>> families = new HashMap<>();
    for (String line : files.lines("act-nouns")) {
      String[] sides = line.split("=", 2);
      if (sides.length != 2) {
        throw new IllegalStateException("act-nouns.txt: no '=' in: " + line);
      }
      Set<String> introducers = Set.of(sides[1].trim().split("\\s+"));
      for (String noun : sides[0].trim().split("\\s+")) {
        families.put(noun, introducers);
      }
    }
    return new ActNouns(families);
  }

  /** The act nouns of sentence {@code s} with no actor of their own, by token index, with the actor who acted. */
  Map<Integer, Actor> doers(List<Sentence> sentences, List<List<ActorMention>> mentions, int s) {
    Map<Integer, Actor> out = new HashMap<>();
    Sentence sentence = sentences.get(s);
    for (Token t : sentence.tokens()) {
      Set<String> introducers = families.get(t.lemma());
      if (t.isPos("NOUN") && introducers != null && !owned(sentence, mentions.get(s), t)) {
        doer(sentences, mentions, s, t, introducers).ifPresent(a -> out.put(t.index(), a.withText(t.word())));
      }
    }
    return out;
  }

  /** Whether the noun has its own actor: a mention on it or on a word below it, or a possessive ("ihr Vorstoß"). */
  private static boolean owned(Sentence s, List<ActorMention> mentions, Token noun) {
    for (Token c : s.children(noun.index())) {
      if (c.rel().equals("det:poss") || c.isPos("PRON") && c.rel().equals("det")
          && c.word().toLowerCase(Locale.ROOT).matches("(sein|ihr|unser|dein|euer)\\w*")
          || mentions.stream().anyMatch(m -> m.covers(c.index()))) {
        return true;
      }
    }
    return mentions.stream().anyMatch(m -> m.covers(noun.index()));
  }

  private static Optional<Actor> doer(List<Sentence> sentences, List<List<ActorMention>> mentions, int s,
      Token noun, Set<String> introducers) {
    for (int k = s; k >= 0 && k >= s - LOOK_BACK; k--) {
      Sentence sentence = sentences.get(k);
      if (!sentence.parsed()) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      int from = k == s ? noun.index() - 1 : tokens.size() - 1;
      for (int i = from; i >= 0; i--) {
        Token t = tokens.get(i);
        if (introducers.contains(t.lemma())) {
          Optional<Actor> a = actorOf(sentence, mentions.get(k), t);
          if (a.isPresent()) {
            return a;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Who did the act a word introduces: a verb's subject, or the actor after a noun with "von" or in the genitive. */
  private static Optional<Actor> actorOf(Sentence s, List<ActorMention> mentions, Token t) {
    for (Token c : s.children(t.index())) {
      boolean agent = t.isPos("VERB") ? c.rel().equals("nsubj") : c.rel().equals("nmod") && byOrOf(s, c);
      if (!agent) {
        continue;
      }
      Token who = c.isPos("PRON") && RELATIVE.contains(c.word().toLowerCase(Locale.ROOT)) ? before(s, c) : c;
      Optional<Actor> a = mentions.stream().filter(m -> who != null && m.covers(who.index()))
          .map(ActorMention::actor).filter(x -> x.key() != null).findFirst();
      if (a.isPresent()) {
        return a;
      }
    }
    return Optional.empty();
  }

  /** A genitive or a "von"/"durch" phrase names the doer; "der Angriff auf Kiew" names the target. */
  private static boolean byOrOf(Sentence s, Token nmod) {
    List<Token> cases = s.children(nmod.index(), "case");
    return cases.isEmpty() || cases.stream().anyMatch(c -> Set.of("von", "durch", "seitens")
        .contains(c.word().toLowerCase(Locale.ROOT)));
  }

  /** The name or noun a relative pronoun follows: "Ägypten, das vorschlug". */
  private static Token before(Sentence s, Token pronoun) {
    for (int i = pronoun.index() - 1; i >= 0; i--) {
      if (s.token(i).isPos("NOUN", "PROPN")) {
        return s.token(i);
      }
    }
    return null;
  }
}

package org.depesche.actor;

import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Who a quotation is attributed to and where the article names them ({@code begin}/{@code end} are character
 * offsets of the naming words, -1 when none). The static methods find such words in a sentence: an actor mention,
 * a personal pronoun resolved to its antecedent, or a noun no dictionary knows.
 */
record Speaker(Actor actor, int begin, int end) {
  static final Speaker NONE = new Speaker(null, -1, -1);

  /** The actor token {@code t} names: a mention that starts there, or "er"/"sie" resolved to its antecedent. */
  static Speaker at(Sentence s, Token t, ArticleActors actors) {
    for (ActorMention am : actors.in(s.index())) {
      if (am.first() == t.index()) {
        return new Speaker(am.actor(), t.begin(), s.token(am.last()).end());
      }
    }
    if (t.isPos("PRON") && t.word().matches("(?i)er|sie")) {
      Actor who = actors.antecedent(s.index(), t.index()).orElse(new Actor(t.word(), null, null, null, null));
      return new Speaker(who, t.begin(), t.end());
    }
    return NONE;
  }

  /**
   * A speaker no dictionary knows ("der Staatsanwalt", "VW-Chef Winterkorn"): the first noun or name from
   * {@code from} on, with the names right after it. Its actor has no key, so no event takes it as a side.
   */
  static Speaker nominal(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = s.token(k);
      if (t.isPos("PUNCT") || t.isVerb()) {
        return NONE;
      }
      if (t.isPos("NOUN", "PROPN")) {
        int last = k;
        while (last + 1 < to && s.token(last + 1).isPos("PROPN")) {
          last++;
        }
        String text = s.textOf(k, last, s.begin());
        return new Speaker(new Actor(text, null, null, null, null), t.begin(), s.token(last).end());
      }
    }
    return NONE;
  }

  /** The first speaker named from token {@code from} to the end of the sentence. */
  static Speaker firstFrom(Sentence s, int from, ArticleActors actors) {
    return firstFrom(s, from, actors, s.tokens().size());
  }

  /** The first speaker named in tokens {@code [from, to)}. */
  static Speaker firstFrom(Sentence s, int from, ArticleActors actors, int to) {
    for (int k = from; k < to; k++) {
      Speaker at = at(s, s.token(k), actors);
      if (at.actor() != null) {
        return at;
      }
    }
    return NONE;
  }

  /** The last speaker named before token {@code before}. */
  static Speaker lastBefore(Sentence s, int before, ArticleActors actors) {
    Speaker found = NONE;
    for (int k = 0; k < before; k++) {
      Speaker at = at(s, s.token(k), actors);
      if (at.actor() != null) {
        found = at;
      }
    }
    return found;
  }
}

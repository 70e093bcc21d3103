package org.depesche.actor;

/**
 * A name the article introduced earlier with its role ("Yamadera" after "die japanische Premierministerin Hanako
 * Yamadera"), also in the genitive ("Yamaderas"): the actor it was introduced as.
 */
final class IntroducedNames implements MentionRecogniser {
  @Override
  public int read(ScanState s, int at) {
    Actor known = s.introducedAs(s.word(at));
    if (known == null || !s.token(at).isPos("PROPN", "NOUN", "X")) {
      return at;
    }
    int last = at;
    while (last + 1 < s.size() && s.introducedAs(s.word(last + 1)) == known) {
      last++;
    }
    s.add(at, last, known.withText(s.text(at, last)), true, "introduced earlier in the article with its role");
    return last + 1;
  }
}

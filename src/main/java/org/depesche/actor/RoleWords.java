package org.depesche.actor;

import java.util.Optional;

/**
 * A role word on its own ("die Polizei", "der Präsident der Ukraine") or with its country inside the compound
 * ("die Bundesaußenministerin"); {@link RoleResolver} works out whose role it is.
 */
final class RoleWords implements MentionRecogniser {
  private final ActorLexicon lexicon;
  private final RoleResolver roles;

  RoleWords(ActorLexicon lexicon, RoleResolver roles) {
    this.lexicon = lexicon;
    this.roles = roles;
  }

  @Override
  public int read(ScanState s, int at) {
    String word = s.word(at);
    Optional<ActorLexicon.RoleWord> role = lexicon.role(word);
    if (role.isEmpty() || !s.token(at).isPos("NOUN", "PROPN")) {
      return at;
    }
    return roles.read(s, at, at, lexicon.compoundCountry(word, s.home()), null, role.get());
  }
}

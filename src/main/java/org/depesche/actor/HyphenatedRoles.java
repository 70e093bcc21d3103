package org.depesche.actor;

import java.util.List;
import java.util.Optional;

/**
 * A role word behind a hyphen whose prefix names a country or an organisation: "Irak-Botschafter", "Nato-Diplomat",
 * "UN-Sondergesandter". A person's name as the prefix ("Merkel-Regierung") is no owner.
 */
final class HyphenatedRoles implements MentionRecogniser {
  private final ActorLexicon lexicon;
  private final RoleResolver roles;

  HyphenatedRoles(ActorLexicon lexicon, RoleResolver roles) {
    this.lexicon = lexicon;
    this.roles = roles;
  }

  @Override
  public int read(ScanState s, int at) {
    String word = s.word(at);
    int hyphen = word.indexOf('-');
    if (hyphen <= 0 || hyphen == word.length() - 1) {
      return at;
    }
    Optional<ActorLexicon.Entry> prefix = lexicon.longestMatch(List.of(word.substring(0, hyphen)), 0);
    Optional<ActorLexicon.RoleWord> role = lexicon.role(capitalised(word.substring(hyphen + 1)));
    if (prefix.isEmpty() || role.isEmpty() || prefix.get().kind() == ActorLexicon.Kind.PERSON) {
      return at;
    }
    return roles.read(s, at, at, prefix.get().countryIn(s.home()), prefix.get().org(), role.get());
  }

  /** The part after the hyphen as a word of its own: {@link ActorLexicon#role} tries suffixes on nouns only. */
  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

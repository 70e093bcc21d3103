package org.depesche.actor;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A possessive before a country word or a role ("sein Land", "seine Regierung", "ihre Armee"): the country of the
 * actor named last, in this sentence or the five before it.
 */
final class Possessives implements MentionRecogniser {
  private static final Set<String> POSSESSIVE = Set.of("sein", "seine", "seines", "seinem", "seinen", "seiner",
      "ihr", "ihre", "ihres", "ihrem", "ihren", "ihrer");

  private final ActorLexicon lexicon;
  private final RoleResolver roles;

  Possessives(ActorLexicon lexicon, RoleResolver roles) {
    this.lexicon = lexicon;
    this.roles = roles;
  }

  @Override
  public int read(ScanState s, int at) {
    if (!POSSESSIVE.contains(s.word(at).toLowerCase(Locale.ROOT)) || at + 1 >= s.size()) {
      return at;
    }
    String owned = s.word(at + 1);
    String possessor = s.recent().stream().map(m -> m.actor().country()).filter(Objects::nonNull)
        .findFirst().orElse(null);
    if (possessor == null) {
      return at;
    }
    if (lexicon.isOwnCountryWord(owned)) {
      // "Fillon erklärte, sein Land plane ...": the country of whoever was named last
      s.add(at, at + 1, new Actor(s.text(at, at + 1), null, possessor, null, null), false,
          "possessive: the country of the actor named before it");
      return at + 2;
    }
    Optional<ActorLexicon.RoleWord> role = lexicon.role(owned);
    if (role.isPresent() && s.token(at + 1).isPos("NOUN")) {
      return roles.read(s, at, at + 1, possessor, null, role.get()); // "seine Regierung", "ihre Armee"
    }
    return at;
  }
}

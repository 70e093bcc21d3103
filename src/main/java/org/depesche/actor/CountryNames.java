package org.depesche.actor;

import java.util.Optional;

/**
 * A country's name ("Polen", "die Bundesrepublik Deutschland"), and in the genitive the role it owns: "Russlands
 * Außenminister Lawrow", "Polens Regierung".
 */
final class CountryNames implements MentionRecogniser {
  private final ActorLexicon lexicon;
  private final RoleResolver roles;

  CountryNames(ActorLexicon lexicon, RoleResolver roles) {
    this.lexicon = lexicon;
    this.roles = roles;
  }

  @Override
  public int read(ScanState s, int at) {
    Optional<ActorLexicon.Entry> match = lexicon.longestMatch(s.words(), at)
        .filter(e -> e.kind() == ActorLexicon.Kind.COUNTRY);
    if (match.isEmpty()) {
      return at;
    }
    ActorLexicon.Entry e = match.get();
    int last = at + e.words().size() - 1;
    // "Russlands Außenminister Lawrow"
    int j = last + 1;
    if (s.word(last).endsWith("s") && j < s.size()) {
      Optional<ActorLexicon.RoleWord> role = lexicon.role(s.word(j));
      if (role.isPresent()) {
        return roles.read(s, at, j, e.country(), null, role.get());
      }
    }
    s.add(at, last, new Actor(s.text(at, last), null, e.country(), null, null), false, "country name");
    return last + 1;
  }
}

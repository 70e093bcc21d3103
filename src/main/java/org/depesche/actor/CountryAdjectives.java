package org.depesche.actor;

import java.util.Optional;

/**
 * A country's adjective and what it qualifies: a role ("der südkoreanische Präsident", "die japanische
 * Premierministerin Sanae Takaichi") or a name no dictionary knows ("der russische Oligarch Oleg Deripaska"); with
 * neither after it, the adjective names the country alone ("die französische Wirtschaft").
 */
final class CountryAdjectives implements MentionRecogniser {
  private final ActorLexicon lexicon;
  private final RoleResolver roles;
  private final ApposedNames names;

  CountryAdjectives(ActorLexicon lexicon, RoleResolver roles, ApposedNames names) {
    this.lexicon = lexicon;
    this.roles = roles;
    this.names = names;
  }

  @Override
  public int read(ScanState s, int at) {
    Optional<ActorLexicon.Entry> match = lexicon.longestMatch(s.words(), at)
        .filter(e -> e.kind() == ActorLexicon.Kind.ADJECTIVE || e.kind() == ActorLexicon.Kind.PLACE_ADJECTIVE
            // a town's adjective is also a surname ("Präsident Óscar Berger Perdomo")
            && !s.token(at).ner().equals("PERSON"));
    if (match.isEmpty()) {
      return at;
    }
    ActorLexicon.Entry e = match.get();
    int last = at + e.words().size() - 1;
    String text = s.text(at, last);
    // "der südkoreanische Präsident", "die japanische Premierministerin Sanae Takaichi"
    int j = last + 1;
    // "des deutschen Technischen Hilfswerks": adjectives in a name are tagged as proper nouns
    while (j < s.size() && (s.token(j).isPos("ADJ") || s.token(j).isPos("PROPN")
        && s.token(j).rel().equals("amod")) && lexicon.longestMatch(s.words(), j).isEmpty()) {
      j++;
    }
    if (j < s.size()) {
      Optional<ActorLexicon.RoleWord> role = lexicon.role(s.word(j));
      if (role.isPresent() && s.token(j).isPos("NOUN", "PROPN")) {
        return roles.read(s, at, j, e.country(), null, role.get());
      }
      // Places keep their own mention: "die ukrainische Stadt X" is where, not who.
      int nameEnd = s.token(j).isPos("NOUN") && j + 1 < s.size()
          && !s.token(j + 1).ner().equals("LOCATION") ? names.end(s, j + 1) : -1;
      if (nameEnd > j && lexicon.longestMatch(s.words(), j + 1).isEmpty() && !s.isIntroduced(s.word(j + 1))) {
        // "der russische Oligarch Oleg Deripaska": a name no dictionary knows takes the adjective's country
        String name = s.text(j + 1, nameEnd);
        Actor a = new Actor(s.text(at, nameEnd), name, e.country(), null, null);
        s.introduce(j + 1, nameEnd, a);
        s.add(at, nameEnd, a, s.token(j + 1).ner().equals("PERSON"),
            "unknown name, country from the adjective before it (" + e.country() + ")");
        return nameEnd + 1;
      }
    }
    s.add(at, last, new Actor(text, null, e.country(), null, null), false, "country adjective");
    return last + 1;
  }
}

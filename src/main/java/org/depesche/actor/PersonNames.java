package org.depesche.actor;

import java.util.Optional;

/**
 * People of the dictionary ("Olaf Scholz", "Scholz", "Obamas"): the actor is the office the person held on the
 * article's date, or a former office holder (ELI) when none was held that day.
 */
final class PersonNames implements MentionRecogniser {
  private final ActorLexicon lexicon;

  PersonNames(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public int read(ScanState s, int at) {
    Optional<ActorLexicon.Entry> match = lexicon.longestMatch(s.words(), at)
        .filter(e -> e.kind() == ActorLexicon.Kind.PERSON);
    if (match.isEmpty()) {
      return at;
    }
    ActorLexicon.Entry e = match.get();
    int last = at + e.words().size() - 1;
    s.add(at, last, ActorLexicon.personActor(e, s.text(at, last), s.date()), true, lexicon.describe(e, s.date()));
    return last + 1;
  }
}

package org.depesche.actor;

import java.util.List;

/** "Guido Westerwelle (FDP)": a party in brackets after a person is the person's, not a second actor. */
final class PartyAffiliations implements MentionPass {
  @Override
  public void apply(ScanState s) {
    List<ActorMention> found = s.found();
    for (int n = found.size() - 1; n > 0; n--) {
      ActorMention party = found.get(n);
      ActorMention before = found.get(n - 1);
      boolean bracketed = party.first() > 0 && party.last() + 1 < s.size()
          && s.word(party.first() - 1).equals("(") && s.word(party.last() + 1).equals(")");
      if ("PTY".equals(party.actor().sector()) && bracketed && before.person()
          && before.last() == party.first() - 2) {
        found.remove(n);
      }
    }
  }
}

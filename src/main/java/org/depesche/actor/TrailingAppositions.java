package org.depesche.actor;

import java.util.List;

/**
 * "Ahmed al-Assadi, ein Sprecher der PMF", "X, der Außenminister Perus": a name no dictionary knows takes the
 * identity of the role in apposition right after it, here and for the rest of the article. A pass, because the
 * role is read only after the name.
 */
final class TrailingAppositions implements MentionPass {
  @Override
  public void apply(ScanState s) {
    List<ActorMention> found = s.found();
    for (int n = 0; n + 1 < found.size(); n++) {
      ActorMention name = found.get(n);
      ActorMention role = found.get(n + 1);
      int gap = role.first() - name.last();
      boolean comma = name.last() + 1 < s.size() && s.word(name.last() + 1).equals(",");
      if (name.actor().key() == null && name.person() && comma && gap >= 2 && gap <= 3
          && role.actor().key() != null && role.actor().sector() != null && role.actor().name() == null) {
        Actor a = name.actor();
        Actor resolved = new Actor(a.text(), a.name(), role.actor().country(), role.actor().org(),
            role.actor().sector());
        found.set(n, new ActorMention(name.first(), name.last(), resolved, true,
            "unknown name, identity from the role in apposition after it"));
        s.introduce(name.first(), name.last(), resolved);
      }
    }
  }
}

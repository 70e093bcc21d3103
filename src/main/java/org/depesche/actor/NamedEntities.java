package org.depesche.actor;

/**
 * Persons and organisations only the named-entity recogniser knows ("Greenpeace", "Lena Brandt"): a mention with
 * a name but no country or organisation, which {@link TrailingAppositions} may still supply. A run of tokens of
 * the same class stops before a word the dictionary knows ("Amnesty International | Deutschland").
 */
final class NamedEntities implements MentionRecogniser {
  private final ActorLexicon lexicon;

  NamedEntities(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public int read(ScanState s, int at) {
    String ner = s.token(at).ner();
    if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION")) {
      return at;
    }
    int last = at;
    while (last + 1 < s.size() && s.token(last + 1).ner().equals(ner)
        && lexicon.longestMatch(s.words(), last + 1).isEmpty()) {
      last++;
    }
    String name = s.text(at, last);
    s.add(at, last, new Actor(name, name, null, null, null), ner.equals("PERSON"),
        "only the named-entity recogniser knows it (" + ner + "): no country or organisation");
    return last + 1;
  }
}

package org.depesche.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * "die beiden Länder", "beide Seiten", "ihre Länder": one mention for each of the last two actors named. When fewer
 * than two are known, the words are passed over without a mention.
 */
final class BothSides implements MentionRecogniser {
  private final ActorLexicon lexicon;

  BothSides(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public int read(ScanState s, int at) {
    if (at + 1 >= s.size() || !lexicon.isPairWord(s.word(at + 1))) {
      return at;
    }
    String word = s.word(at);
    // "Deutschland und Frankreich ..., dass ihre Länder ...": the two named last
    boolean their = word.equalsIgnoreCase("ihre") && !lexicon.isBoth(s.word(at + 1));
    if (!lexicon.isBoth(word) && !their) {
      return at;
    }
    List<Actor> two = new ArrayList<>();
    for (ActorMention m : s.recent()) {
      Actor a = m.actor();
      if (two.size() < 2 && a.key() != null && two.stream().noneMatch(t -> t.key().equals(a.key()))) {
        two.add(a);
      }
    }
    String text = s.text(at, at + 1);
    if (two.size() == 2) {
      for (Actor a : two) {
        s.add(at, at + 1, a.withText(text), false, "one of the two actors named last");
      }
    }
    return at + 2;
  }
}

package org.depesche.actor;

import java.util.Optional;
import org.depesche.nlp.Token;

/**
 * Proper names in apposition to a role word or a noun: "Premierministerin Sanae Takaichi", "der russische Oligarch
 * Oleg Deripaska", "der frühere Außenminister der Vereinigten Staaten, George Shultz,". Not a recogniser of its
 * own: the recognisers of roles and office words ask it what name, if any, follows them.
 */
final class ApposedNames {
  /** A person named right after a role word, the index of the name's last token, and how it was resolved. */
  record Named(int end, Actor actor, String how) {}

  private final ActorLexicon lexicon;

  ApposedNames(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The person a role introduces by name: "US-Präsident Ronald Reagan", "Premierministerin Sanae Takaichi", "der
   * frühere Außenminister der Vereinigten Staaten, George Shultz,". The name wins over the office's holder on the
   * article's date; a name no dictionary knows takes the role's country and sector here and for the rest of the
   * article.
   *
   * @param first the first token of the role's mention
   * @param j     the token after the role (and its country)
   */
  Optional<Named> after(ScanState s, int first, int j, String country, String org, String sector) {
    int start = j;
    if (j + 1 < s.size() && s.word(j).equals(",")) {
      start = j + 1; // only a name closed by a comma or the sentence's end: "sagte der Präsident, Putin sei ..."
    }
    int nameEnd = start < s.size() ? end(s, start) : -1;
    if (nameEnd < start || start > j && nameEnd + 1 < s.size() && !s.word(nameEnd + 1).matches("[,.;)]")) {
      return Optional.empty();
    }
    String text = s.text(first, nameEnd);
    Optional<ActorLexicon.Entry> person = lexicon.longestMatch(s.words(), start);
    if (s.isIntroduced(s.word(start))) {
      return Optional.of(new Named(nameEnd, s.introducedAs(s.word(start)).withText(text),
          "role and a name introduced earlier in the article"));
    }
    if (person.isPresent() && person.get().kind() == ActorLexicon.Kind.PERSON) {
      return Optional.of(new Named(nameEnd, ActorLexicon.personActor(person.get(), text, s.date()),
          lexicon.describe(person.get(), s.date())));
    }
    if (country == null && org == null) {
      return Optional.empty();
    }
    String name = s.text(start, nameEnd);
    Actor actor = new Actor(text, name, country, org, sector);
    s.introduce(start, nameEnd, actor);
    return Optional.of(new Named(nameEnd, actor,
        "unknown name introduced by its role: " + (country != null ? country : org) + " " + sector));
  }

  /** The end of a proper name starting at token {@code j} ("Premierministerin Sanae Takaichi"), or -1. */
  int end(ScanState s, int j) {
    int end = -1;
    for (int k = j; k < s.size() && k < j + 4; k++) {
      Token t = s.token(k);
      boolean nameLike = t.isPos("PROPN") || (t.isPos("NOUN", "X") && !t.ner().equals("O"));
      Optional<ActorLexicon.Entry> e = lexicon.longestMatch(s.words(), k);
      if (!nameLike || (e.isPresent() && e.get().kind() != ActorLexicon.Kind.PERSON)
          || lexicon.role(t.word()).isPresent()) {
        break;
      }
      end = k;
    }
    return end;
  }
}

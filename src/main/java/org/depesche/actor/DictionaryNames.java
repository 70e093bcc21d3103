package org.depesche.actor;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The dictionary's names of everything but people and countries: organisations ("die Nato"), national
 * institutions and parties ("der Kreml", "die SPD"), capitals and seats of government ("Moskau", "das
 * Kanzleramt"), towns ("Freital", whose country only) and demonyms ("die Bundesbürger"), each as the actor the dictionary gives it.
 */
final class DictionaryNames implements MentionRecogniser {
  /** The kinds read here and by {@link OfficeWords}: the others have recognisers of their own. */
  static final Set<ActorLexicon.Kind> KINDS = EnumSet.complementOf(
      EnumSet.of(ActorLexicon.Kind.PERSON, ActorLexicon.Kind.ADJECTIVE, ActorLexicon.Kind.PLACE_ADJECTIVE,
          ActorLexicon.Kind.COUNTRY));

  private final ActorLexicon lexicon;

  DictionaryNames(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public int read(ScanState s, int at) {
    Optional<ActorLexicon.Entry> match = lexicon.longestMatch(s.words(), at).filter(e -> KINDS.contains(e.kind()));
    if (match.isEmpty()) {
      return at;
    }
    ActorLexicon.Entry e = match.get();
    int last = at + e.words().size() - 1;
    String text = s.text(at, last);
    // An institution entry may group several bodies (the German parties): its words are its name.
    String name = e.kind() == ActorLexicon.Kind.INSTITUTION ? text : e.name();
    s.add(at, last, new Actor(text, name, e.countryIn(s.home()), e.org(), e.sector()), false,
        e.kind().name().toLowerCase(Locale.ROOT) + " in the dictionary");
    return last + 1;
  }
}

package org.depesche.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depesche.nlp.Sentence;

/**
 * How {@link ActorFinder} reads one sentence: the recognisers below, asked in order at each token from left to
 * right (the first that reads something there wins, and the scan goes on after it), then the passes over what they
 * found. Recognisers and passes share the sentence's state, and the article's, through a {@link ScanState}: the
 * names introduced so far and the mentions of earlier sentences, which a scan reads and extends.
 *
 * <p>Built once per {@link ActorFinder}; holds no per-sentence state, so one instance serves many threads.
 */
final class SentenceScan {
  private final List<MentionRecogniser> recognisers;
  private final List<MentionPass> passes;

  SentenceScan(ActorLexicon lexicon) {
    this(lexicon, Set.of());
  }

  /**
   * A scan over the lexicon; {@code pressCountries} are the countries whose own news is in the language, whose
   * people an article about them leaves unintroduced ({@link HomeCountryNames}).
   */
  SentenceScan(ActorLexicon lexicon, Set<String> pressCountries) {
    ApposedNames names = new ApposedNames(lexicon);
    RoleResolver roles = new RoleResolver(lexicon, names);
    // The dictionary first, by kind of entry: a name it knows is never read any other way.
    recognisers = List.of(
        new PersonNames(lexicon),                     // "Olaf Scholz"
        new CountryAdjectives(lexicon, roles, names), // "der südkoreanische Präsident", "der russische Oligarch X"
        new CountryNames(lexicon, roles),             // "Russlands Außenminister", "Polen"
        new OfficeWords(lexicon, roles, names),       // "Kremlchef Putin", "der frühere Kremlchef", "der Kremlchef"
        new DictionaryNames(lexicon),                 // "die Nato", "der Kreml", "Moskau", "Bundesbürger"
        new IntroducedNames(),                        // "Deripaska" after "der russische Oligarch Oleg Deripaska"
        new HyphenatedRoles(lexicon, roles),          // "Irak-Botschafter", "Nato-Diplomat"
        new BothSides(lexicon),                       // "die beiden Länder", "ihre Länder"
        new Possessives(lexicon, roles),              // "sein Land", "seine Regierung"
        new RoleWords(lexicon, roles),                // "die Polizei", "die Bundesaußenministerin"
        new NamedEntities(lexicon));                  // names only the named-entity recogniser knows
    passes = List.of(
        new TrailingAppositions(),                    // "Ahmed al-Assadi, ein Sprecher der PMF,"
        new PartyAffiliations(),                      // "Guido Westerwelle (FDP)"
        new HomeCountryNames(pressCountries));        // "Andreas Khol" in an Austrian report
  }

  /**
   * The mentions of one sentence, in the order found.
   *
   * @param date       the article's publication date, or null
   * @param home       the article's home country, or null
   * @param introduced the names the article has introduced so far, by word; names introduced here are added
   * @param earlier    the mentions of the article's earlier sentences, in order
   */
  List<ActorMention> mentions(Sentence sentence, LocalDate date, String home, Map<String, Actor> introduced,
      List<List<ActorMention>> earlier) {
    ScanState state = new ScanState(sentence, date, home, introduced, earlier);
    int i = 0;
    while (i < state.size()) {
      i = Math.max(i + 1, readAt(state, i));
    }
    for (MentionPass pass : passes) {
      pass.apply(state);
    }
    return state.found();
  }

  /** The index after what the first recogniser that reads something at token {@code i} read, else {@code i}. */
  private int readAt(ScanState state, int i) {
    for (MentionRecogniser r : recognisers) {
      int next = r.read(state, i);
      if (next > i) {
        return next;
      }
    }
    return i;
  }
}

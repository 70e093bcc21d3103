package org.depesche.event;

import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * German sentences parsed by hand in compact CoNLL-U ({@link org.depesche.nlp.Conllu}) that several argument tests
 * read, and the few helpers they share to name what they find.
 */
final class Parses {
  /** "Polen beriet mit Litauen über die Grenze." */
  static final String CONSULTS = """
      1 Polen Polen PROPN 2 nsubj LOCATION
      2 beriet beraten VERB 0 root
      3 mit mit ADP 4 case
      4 Litauen Litauen PROPN 2 obl LOCATION
      5 über über ADP 7 case
      6 die der DET 7 det
      7 Grenze Grenze NOUN 2 obl
      8 . . PUNCT 2 punct
      """;

  /** "Polen erklärte, mit Litauen beraten zu wollen.": the talks are an infinitive under the statement. */
  static final String DECLARES_TALKS = """
      1 Polen Polen PROPN 2 nsubj LOCATION
      2 erklärte erklären VERB 0 root
      3 , , PUNCT 6 punct
      4 mit mit ADP 5 case
      5 Litauen Litauen PROPN 6 obl LOCATION
      6 beraten beraten VERB 2 xcomp
      7 zu zu PART 6 mark
      8 wollen wollen AUX 6 aux
      9 . . PUNCT 2 punct
      """;

  /** "Polen verurteilte den Angriff." */
  static final String POLEN_VERURTEILTE = """
      1 Polen Polen PROPN 2 nsubj LOCATION
      2 verurteilte verurteilen VERB 0 root
      3 den der DET 4 det
      4 Angriff Angriff NOUN 2 obj
      5 . . PUNCT 2 punct
      """;
  /** "Polen verurteilte den US-Angriff.": the noun stands in for the USA. */
  static final String US_ANGRIFF = POLEN_VERURTEILTE.replace("Angriff Angriff", "US-Angriff US-Angriff");
  /** "Der Botschafter wurde von Polen ausgewiesen." */
  static final String AUSGEWIESEN = """
      1 Der der DET 2 det
      2 Botschafter Botschafter NOUN 6 nsubj:pass
      3 wurde werden AUX 6 aux:pass
      4 von von ADP 5 case
      5 Polen Polen PROPN 6 obl:agent LOCATION
      6 ausgewiesen ausweisen VERB 0 root
      7 . . PUNCT 6 punct
      """;
  /** "Zwei Journalisten sind festgenommen.": a state passive the parser took for an active perfect. */
  static final String FESTGENOMMEN = """
      1 Zwei zwei NUM 2 nummod
      2 Journalisten Journalist NOUN 4 nsubj
      3 sind sein AUX 4 aux
      4 festgenommen festnehmen VERB 0 root
      5 . . PUNCT 4 punct
      """;
  /** "Der Kanzler sprach in Rom mit dem Präsidenten Kenias." */
  static final String SPRACH_IN_ROM = """
      1 Der der DET 2 det
      2 Kanzler Kanzler NOUN 3 nsubj
      3 sprach sprechen VERB 0 root
      4 in in ADP 5 case
      5 Rom Rom PROPN 3 obl LOCATION
      6 mit mit ADP 8 case
      7 dem der DET 8 det
      8 Präsidenten Präsident NOUN 3 obl
      9 Kenias Kenia PROPN 8 appos LOCATION
      10 . . PUNCT 3 punct
      """;
  /** "Wladimir Putin sprach.", to go before a sentence whose pronoun points back to him. */
  static final String PUTIN_SPRACH = """
      1 Wladimir Wladimir PROPN 3 nsubj PERSON
      2 Putin Putin PROPN 1 flat PERSON
      3 sprach sprechen VERB 0 root
      4 . . PUNCT 3 punct

      """;
  /** "Er reiste nach Minsk." */
  static final String ER_REISTE = """
      1 Er er PRON 2 nsubj
      2 reiste reisen VERB 0 root
      3 nach nach ADP 4 case
      4 Minsk Minsk PROPN 2 obl LOCATION
      5 . . PUNCT 2 punct
      """;

  private Parses() {}

  /** The first token of {@code s} spelt {@code word}. */
  static Token token(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + word + " in: " + s.text()));
  }

  static List<String> words(List<Token> tokens) {
    return tokens.stream().map(Token::word).toList();
  }

  static List<String> keys(List<Actor> actors) {
    return actors.stream().map(Actor::key).toList();
  }
}

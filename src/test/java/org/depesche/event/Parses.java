package org.depesche.event;

/** Parses from {@code depesche explain --conllu} that more than one test reads, in Conllu's compact form. */
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

  private Parses() {}
}

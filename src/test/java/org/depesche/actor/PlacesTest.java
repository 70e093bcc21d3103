package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import java.util.List;
import org.depesche.nlp.Conllu;
import org.junit.jupiter.api.Test;

/** Towns from GeoNames ({@code actors/places.tsv}): a town, or its "-er" adjective, gives its country. */
class PlacesTest {
  private final SentenceScan scan = new SentenceScan(Scans.LEXICON);

  /** The mentions of the sentence, as "words=CODE", in an article about Germany. */
  private List<String> codes(ScanState s) {
    return scan.mentions(s.sentence(), Scans.DAY, "DEU", new java.util.HashMap<>(), List.of()).stream()
        .map(m -> m.actor().text() + "=" + (m.actor().code() == null ? "?" : m.actor().code())).toList();
  }

  @Test
  void a_german_town_gives_germany() {
    ScanState s = state("In/ADP Freital/PROPN/LOCATION demonstrierten/VERB Hunderte/NUM ./PUNCT");
    new DictionaryNames(Scans.LEXICON).read(s, 1);
    assertThat(found(s)).containsExactly("Freital=DEU");
  }

  @Test
  void a_towns_adjective_gives_its_country_to_the_role_after_it() {
    ScanState s = state(Conllu.sentence("""
        1 Die die DET 3 det
        2 Kölner Kölner ADJ 3 amod
        3 Polizei Polizei NOUN 4 nsubj
        4 ermittelt ermitteln VERB 0 root
        5 . . PUNCT 4 punct
        """));
    assertThat(codes(s)).containsExactly("Kölner Polizei=DEUCOP");
  }

  @Test
  void the_adjective_of_a_city_abroad_gives_its_country_but_its_name_alone_names_no_actor() {
    ScanState s = state(Conllu.sentence("""
        1 Die die DET 3 det
        2 Pariser Pariser ADJ 3 amod
        3 Staatsanwaltschaft Staatsanwaltschaft NOUN 4 nsubj
        4 ermittelt ermitteln VERB 0 root
        5 . . PUNCT 4 punct
        """));
    assertThat(codes(s)).containsExactly("Pariser Staatsanwaltschaft=FRAJUD");
    assertThat(Scans.LEXICON.longestMatch(List.of("Moskauer"), 0).map(ActorLexicon.Entry::country)).hasValue("RUS");
    assertThat(Scans.LEXICON.longestMatch(List.of("Brüsseler"), 0).map(ActorLexicon.Entry::country)).hasValue("BEL");
    assertThat(Scans.LEXICON.longestMatch(List.of("Mailand"), 0)).isEmpty();
  }

  @Test
  void someone_from_or_in_a_place_is_of_its_country() {
    assertThat(codes(state("Ein/DET Schlepper/NOUN aus/ADP Ungarn/PROPN wurde/AUX gefasst/VERB")))
        .containsExactly("Schlepper aus Ungarn=HUNCRM");
    assertThat(codes(state("Flüchtlinge/NOUN aus/ADP der/DET Türkei/PROPN kamen/VERB an/ADP")))
        .containsExactly("Flüchtlinge aus der Türkei=TURREF");
    assertThat(codes(state("Die/DET Abgeordneten/NOUN in/ADP der/DET EU/PROPN stimmten/VERB ab/ADP")))
        .doesNotContain("Abgeordneten in der EU=EU");
  }

  @Test
  void an_austrian_and_a_swiss_town_give_their_countries() {
    assertThat(Scans.LEXICON.longestMatch(List.of("Graz"), 0).map(ActorLexicon.Entry::country)).hasValue("AUT");
    assertThat(Scans.LEXICON.longestMatch(List.of("Winterthurer"), 0).map(ActorLexicon.Entry::country))
        .hasValue("CHE");
  }

  @Test
  void a_town_that_is_a_common_word_is_no_place() {
    // "Essen" (the town, the meal) is on the stop list; towns never match in another casing ("freital")
    assertThat(Scans.LEXICON.longestMatch(List.of("Essen"), 0)).isEmpty();
    assertThat(Scans.LEXICON.longestMatch(List.of("freital"), 0)).isEmpty();
    ScanState s = state("Wir/PRON essen/VERB in/ADP der/DET Mark/NOUN ./PUNCT");
    assertThat(codes(s)).doesNotContain("Mark=DEU", "essen=DEU");
  }

  @Test
  void a_capital_keeps_its_government() {
    assertThat(Scans.LEXICON.longestMatch(List.of("Wien"), 0).map(ActorLexicon.Entry::kind))
        .hasValue(ActorLexicon.Kind.CAPITAL);
  }
}

package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import java.util.ArrayList;
import java.util.HashMap;
import org.depesche.nlp.Sentence;
import org.junit.jupiter.api.Test;

class DictionaryNamesTest {
  private final DictionaryNames names = new DictionaryNames(Scans.LEXICON);

  @Test
  void an_international_organisation_is_its_key() {
    ScanState s = state("Die/DET Nato/PROPN/ORGANIZATION verlegte/VERB Truppen/NOUN ./PUNCT");
    assertThat(names.read(s, 1)).isEqualTo(2);
    assertThat(found(s)).containsExactly("Nato=NATO");
  }

  @Test
  void a_demonym_is_the_country_civilians() {
    ScanState s = state("Viele/DET Bundesbürger/NOUN protestierten/VERB ./PUNCT");
    names.read(s, 1);
    assertThat(found(s)).containsExactly("Bundesbürger=DEUCVL");
  }

  @Test
  void an_institution_of_several_bodies_is_named_by_its_own_words() {
    ScanState s = state("Die/DET Grünen/NOUN/ORGANIZATION stimmten/VERB dagegen/ADV ./PUNCT");
    names.read(s, 1);
    assertThat(found(s)).containsExactly("Grünen=DEUPTY");
    assertThat(s.found().get(0).actor().name()).isEqualTo("Grünen");
  }

  @Test
  void a_name_several_countries_share_is_the_home_countrys_institution() {
    Sentence sentence = Scans.tagged("Die/DET Grünen/NOUN/ORGANIZATION stimmten/VERB dagegen/ADV ./PUNCT");
    ScanState austrian = new ScanState(sentence, Scans.DAY, "AUT", new HashMap<>(), new ArrayList<>());
    names.read(austrian, 1);
    assertThat(found(austrian)).containsExactly("Grünen=AUTPTY");
    ScanState french = new ScanState(sentence, Scans.DAY, "FRA", new HashMap<>(), new ArrayList<>());
    names.read(french, 1);
    assertThat(found(french)).as("not a country sharing the name: the first one's").containsExactly("Grünen=DEUPTY");
  }

  @Test
  void people_and_countries_are_left_to_other_recognisers() {
    ScanState s = state("Putin/PROPN/PERSON flog/VERB nach/ADP Polen/PROPN/LOCATION ./PUNCT");
    assertThat(names.read(s, 0)).isZero();
    assertThat(names.read(s, 3)).isEqualTo(3);
    assertThat(s.found()).isEmpty();
  }
}

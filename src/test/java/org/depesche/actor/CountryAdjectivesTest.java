package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import org.depesche.nlp.Conllu;
import org.junit.jupiter.api.Test;

class CountryAdjectivesTest {
  private final ApposedNames names = new ApposedNames(Scans.LEXICON);
  private final CountryAdjectives adjectives =
      new CountryAdjectives(Scans.LEXICON, new RoleResolver(Scans.LEXICON, names), names);

  @Test
  void the_adjective_gives_its_country_to_the_role_after_it() {
    ScanState s = state("Der/DET polnische/ADJ Präsident/NOUN empfing/VERB die/DET Delegation/NOUN ./PUNCT");
    assertThat(adjectives.read(s, 1)).isEqualTo(3);
    assertThat(found(s)).containsExactly("polnische Präsident=POLGOV");
  }

  @Test
  void other_adjectives_between_country_and_role_are_passed_over() {
    ScanState s = state("Die/DET polnische/ADJ konservative/ADJ Regierung/NOUN trat/VERB zurück/ADP ./PUNCT");
    adjectives.read(s, 1);
    assertThat(found(s)).containsExactly("polnische konservative Regierung=POLGOV");
  }

  @Test
  void an_unknown_name_after_a_noun_takes_the_country_for_the_rest_of_the_article() {
    ScanState s = state("Der/DET schwedische/ADJ Reeder/NOUN Lars/PROPN/PERSON Lindqvist/PROPN/PERSON "
        + "protestierte/VERB ./PUNCT");
    assertThat(adjectives.read(s, 1)).isEqualTo(5);
    assertThat(found(s)).containsExactly("schwedische Reeder Lars Lindqvist=SWE");
    assertThat(s.found().get(0).actor().name()).isEqualTo("Lars Lindqvist");
    assertThat(s.found().get(0).person()).isTrue();
    assertThat(s.introducedAs("Lindqvist")).isEqualTo(s.found().get(0).actor());
  }

  @Test
  void a_place_after_the_noun_is_not_taken_in() {
    // as parsed: "Der schwedische Reeder protestierte in der ukrainischen Stadt Charkiw."
    ScanState s = state(Conllu.sentence("""
        1 in in ADP 4 case
        2 der der DET 4 det
        3 ukrainischen ukrainisch ADJ 4 amod MISC
        4 Stadt Stadt NOUN 0 root
        5 Charkiw Charkiw PROPN 4 appos LOCATION
        6 . . PUNCT 4 punct
        """));
    assertThat(adjectives.read(s, 2)).isEqualTo(3);
    assertThat(found(s)).containsExactly("ukrainischen=UKR");
    assertThat(s.isIntroduced("Charkiw")).isFalse();
  }

  @Test
  void a_country_name_is_left_to_other_recognisers() {
    ScanState s = state("Schweden/PROPN/LOCATION protestierte/VERB ./PUNCT");
    assertThat(adjectives.read(s, 0)).isZero();
    assertThat(s.found()).isEmpty();
  }
}

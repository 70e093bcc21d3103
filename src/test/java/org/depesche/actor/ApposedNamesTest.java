package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.state;

import java.util.Optional;
import org.depesche.nlp.Conllu;
import org.junit.jupiter.api.Test;

class ApposedNamesTest {
  private final ApposedNames names = new ApposedNames(Scans.LEXICON);

  @Test
  void an_unknown_name_takes_the_role_country_and_sector_for_the_rest_of_the_article() {
    ScanState s = state("Premierministerin/NOUN Hanako/PROPN/PERSON Yamadera/PROPN/PERSON reiste/VERB ab/ADP ./PUNCT");
    Optional<ApposedNames.Named> named = names.after(s, 0, 1, "JPN", null, "GOV");
    assertThat(named).get().extracting(ApposedNames.Named::end).isEqualTo(2);
    assertThat(named.get().actor().code()).isEqualTo("JPNGOV");
    assertThat(named.get().actor().name()).isEqualTo("Hanako Yamadera");
    assertThat(s.introducedAs("Yamadera")).isEqualTo(named.get().actor());
  }

  @Test
  void a_person_of_the_dictionary_is_that_person() {
    ScanState s = state("Präsident/NOUN Andrzej/PROPN/PERSON Duda/PROPN/PERSON reiste/VERB ab/ADP ./PUNCT");
    Optional<ApposedNames.Named> named = names.after(s, 0, 1, "POL", null, "GOV");
    assertThat(named).get().extracting(n -> n.actor().name()).isEqualTo("Andrzej Duda");
    assertThat(s.isIntroduced("Duda")).isFalse();
  }

  @Test
  void a_name_after_a_comma_counts_when_a_comma_closes_it() {
    ScanState s = state("Der/DET Außenminister/NOUN ,/PUNCT Radosław/PROPN/PERSON Sikorski/PROPN/PERSON ,/PUNCT "
        + "sagte/VERB ab/ADP ./PUNCT");
    assertThat(names.after(s, 1, 2, "POL", null, "GOV")).get().extracting(ApposedNames.Named::end).isEqualTo(4);
  }

  @Test
  void a_name_after_a_comma_that_begins_a_clause_is_not_apposed() {
    // as parsed: "Am Abend sagte der Präsident, Putin sei zu Gesprächen bereit."
    ScanState s = state(Conllu.sentence("""
        1 sagte sagen VERB 0 root
        2 der der DET 3 det
        3 Präsident Präsident NOUN 1 nsubj
        4 , , PUNCT 7 punct
        5 Putin Putin NOUN 7 nsubj PERSON
        6 sei sein AUX 7 cop
        7 bereit bereit ADJ 1 ccomp
        8 . . PUNCT 1 punct
        """));
    assertThat(names.after(s, 2, 3, null, null, "GOV")).isEmpty();
  }

  @Test
  void an_unknown_name_after_a_role_of_no_country_stays_unknown() {
    ScanState s = state("Kanzler/NOUN Hanno/PROPN/PERSON Berg/PROPN/PERSON sprach/VERB ./PUNCT");
    assertThat(names.after(s, 0, 1, null, null, "GOV")).isEmpty();
    assertThat(s.isIntroduced("Berg")).isFalse();
  }

  @Test
  void a_name_ends_before_a_role_word_or_a_place_of_the_dictionary() {
    ScanState s = state("Hanno/PROPN/PERSON Berg/PROPN/PERSON Botschafter/NOUN/PERSON Berlin/PROPN/LOCATION ./PUNCT");
    assertThat(names.end(s, 0)).isEqualTo(1);
    assertThat(names.end(s, 3)).isEqualTo(-1);
  }
}

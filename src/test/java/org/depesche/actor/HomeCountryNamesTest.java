package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HomeCountryNamesTest {
  private final SentenceScan scan = new SentenceScan(Scans.LEXICON, Set.of("DEU", "AUT"));

  private String codesIn(String home, String items) {
    return scan.mentions(Scans.tagged(items), Scans.DAY, home, new HashMap<>(), new ArrayList<>()).stream()
        .map(m -> m.actor().text() + "=" + (m.actor().code() == null ? "?" : m.actor().code()))
        .toList().toString();
  }

  @Test
  void an_unknown_person_in_a_report_about_a_country_of_the_language_is_of_that_country() {
    assertThat(codesIn("AUT", "Andreas/PROPN/PERSON Khol/PROPN/PERSON kritisierte/VERB die/DET FPÖ/PROPN"))
        .isEqualTo("[Andreas Khol=AUT, FPÖ=AUTPTY]");
  }

  @Test
  void an_unknown_person_in_a_report_from_abroad_stays_without_a_country() {
    assertThat(codesIn("IRN", "Qasem/PROPN/PERSON Soleimani/PROPN/PERSON reiste/VERB ab/ADP"))
        .isEqualTo("[Qasem Soleimani=?]");
  }

  @Test
  void what_the_text_says_of_a_person_wins_over_the_home_country() {
    assertThat(codesIn("AUT", "Der/DET russische/ADJ Oligarch/NOUN Oleg/PROPN/PERSON Deripaska/PROPN/PERSON schwieg/VERB"))
        .doesNotContain("=AUT");
  }

  @Test
  void an_unknown_organisation_of_a_domestic_report_is_of_the_home_country_too() {
    assertThat(codesIn("DEU", "Die/DET Schutzgemeinschaft/PROPN/ORGANIZATION forderte/VERB den/DET Rücktritt/NOUN"))
        .isEqualTo("[Schutzgemeinschaft=DEU]");
  }
}

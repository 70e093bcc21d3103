package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleWordsTest {
  private final RoleWords roles =
      new RoleWords(Scans.LEXICON, new RoleResolver(Scans.LEXICON, new ApposedNames(Scans.LEXICON)));

  @Test
  void a_role_word_alone_belongs_to_the_article_home_country() {
    ScanState s = state("Die/DET Polizei/NOUN nahm/VERB zwei/NUM Männer/NOUN fest/ADP ./PUNCT");
    assertThat(roles.read(s, 1)).isEqualTo(2);
    assertThat(found(s)).containsExactly("Polizei=DEUCOP");
  }

  @Test
  void a_country_prefix_inside_the_compound_wins_over_the_home_country() {
    ScanState s = new ScanState(Scans.tagged("Die/DET Bundesaußenministerin/NOUN reiste/VERB ab/ADP ./PUNCT"),
        Scans.DAY, "FRA", new HashMap<>(), List.of());
    roles.read(s, 1);
    assertThat(found(s)).containsExactly("Bundesaußenministerin=DEUGOV");
  }

  @Test
  void a_prefix_several_countries_use_names_the_home_country_among_them() {
    ScanState s = new ScanState(Scans.tagged("Die/DET Bundesregierung/NOUN beschloss/VERB ein/DET Gesetz/NOUN ./PUNCT"),
        Scans.DAY, "AUT", new HashMap<>(), List.of());
    roles.read(s, 1);
    assertThat(found(s)).extracting(f -> f.substring(0, f.indexOf('=') + 4)).containsExactly("Bundesregierung=AUT");
  }

  @Test
  void a_role_word_that_is_no_noun_is_not_read() {
    ScanState s = state("Gesandte/ADJ Hilfsgüter/NOUN kamen/VERB nie/ADV an/ADP ./PUNCT");
    assertThat(roles.read(s, 0)).isZero();
    assertThat(s.found()).isEmpty();
  }

  /** Domestic news names its actors by what they do: residents, asylum seekers, unknown attackers, extremists. */
  @Test
  void the_people_of_domestic_news_have_their_sectors_and_the_home_country() {
    ScanState s = new ScanState(Scans.tagged("Anrainer/NOUN protestierten/VERB gegen/ADP Asylwerber/NOUN ,/PUNCT "
        + "Unbekannte/NOUN und/CCONJ Rechtsextremisten/NOUN ./PUNCT"), Scans.DAY, "AUT", new HashMap<>(), List.of());
    for (int at = 0; at < 8; at++) {
      roles.read(s, at);
    }
    assertThat(found(s)).containsExactly("Anrainer=AUTCVL", "Asylwerber=AUTREF", "Unbekannte=AUTCRM",
        "Rechtsextremisten=AUTRAD");
  }

  @Test
  void regional_offices_and_police_stations_are_government_and_police() {
    ScanState s = state("Die/DET Bezirkshauptmannschaft/NOUN und/CCONJ die/DET Polizeiinspektion/NOUN "
        + "riefen/VERB den/DET Landesrat/NOUN an/ADP ./PUNCT");
    for (int at = 0; at < 8; at++) {
      roles.read(s, at);
    }
    assertThat(found(s)).containsExactly("Bezirkshauptmannschaft=DEUGOV", "Polizeiinspektion=DEUCOP",
        "Landesrat=DEUGOV");
  }
}

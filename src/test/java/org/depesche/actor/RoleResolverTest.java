package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depesche.actor.Scans.found;
import static org.depesche.actor.Scans.state;
import static org.depesche.actor.Scans.tagged;

import java.util.HashMap;
import java.util.List;
import org.depesche.nlp.Conllu;
import org.junit.jupiter.api.Test;

class RoleResolverTest {
  private final RoleResolver roles = new RoleResolver(Scans.LEXICON, new ApposedNames(Scans.LEXICON));

  private static ActorLexicon.RoleWord role(String word) {
    return Scans.LEXICON.role(word).orElseThrow();
  }

  @Test
  void a_country_in_the_genitive_after_the_role_owns_it() {
    ScanState s = state("Der/DET Präsident/NOUN der/DET Ukraine/PROPN/LOCATION traf/VERB Soldaten/NOUN ./PUNCT");
    assertThat(roles.read(s, 1, 1, null, null, role("Präsident"))).isEqualTo(4);
    assertThat(found(s)).containsExactly("Präsident der Ukraine=UKRGOV");
  }

  @Test
  void a_person_role_with_no_country_is_the_last_person_named_in_that_sector() {
    // after "Olaf Scholz reiste nach Paris."
    Actor scholz = new Actor("Olaf Scholz", "Olaf Scholz", "DEU", null, "GOV");
    ScanState s = new ScanState(tagged("Der/DET Kanzler/NOUN schwieg/VERB ./PUNCT"), Scans.DAY, "FRA",
        new HashMap<>(), List.of(List.of(new ActorMention(0, 1, scholz, true, "person"))));
    roles.read(s, 1, 1, null, null, role("Kanzler"));
    assertThat(found(s)).containsExactly("Kanzler=DEUGOV");
    assertThat(s.found().get(0).actor().name()).isEqualTo("Olaf Scholz");
  }

  @Test
  void a_role_of_a_known_country_is_the_office_holder_on_the_article_date() {
    ScanState s = state("Der/DET Präsident/NOUN schwieg/VERB ./PUNCT");
    roles.read(s, 1, 1, "POL", null, role("Präsident"));
    assertThat(s.found()).singleElement().extracting(m -> m.actor().name()).isEqualTo("Andrzej Duda");
  }

  @Test
  void a_former_holder_is_not_the_office_holder_of_the_day() {
    ScanState s = state("Der/DET frühere/ADJ Präsident/NOUN Polens/PROPN/LOCATION schwieg/VERB ./PUNCT");
    roles.read(s, 2, 2, null, null, role("Präsident"));
    assertThat(found(s)).containsExactly("Präsident Polens=POLELI");
    assertThat(s.found().get(0).actor().name()).isNull();
  }

  @Test
  void a_role_in_what_a_speaker_says_is_the_speaker_country() {
    // as parsed: "Macron erklärte, die Regierung werde die Hilfe erhöhen."
    ScanState s = state(Conllu.sentence("""
        1 Macron Macron PROPN 2 nsubj PERSON
        2 erklärte erklären VERB 0 root
        3 , , PUNCT 9 punct
        4 die der DET 5 det
        5 Regierung Regierung NOUN 9 nsubj
        6 werde werden AUX 9 aux
        7 die der DET 8 det
        8 Hilfe Hilfe NOUN 9 obj
        9 erhöhen erhöhen VERB 2 ccomp
        10 . . PUNCT 2 punct
        """));
    s.add(0, 0, new Actor("Macron", "Emmanuel Macron", "FRA", null, "GOV"), true, "named before");
    roles.read(s, 4, 4, null, null, role("Regierung"));
    assertThat(found(s)).containsExactly("Macron=FRAGOV", "Regierung=FRAGOV");
  }

  @Test
  void a_compound_with_an_unknown_prefix_is_not_the_home_country() {
    ScanState s = state("Die/DET Rebellen-Regierung/NOUN rief/VERB zum/ADP Widerstand/NOUN auf/ADP ./PUNCT");
    roles.read(s, 1, 1, null, null, role("Rebellen-Regierung"));
    assertThat(found(s)).containsExactly("Rebellen-Regierung=?");
  }
}

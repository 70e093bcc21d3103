package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dictionaries without any model: office holders by date, and users' own entries. */
class ActorLexiconTest {
  private static final ActorLexicon BUNDLED = ActorLexicon.german();

  @TempDir
  Path dir;

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  @Test
  void offices_resolve_to_their_holder_on_the_day() {
    assertThat(BUNDLED.offices().holder("Präsident", "USA", LocalDate.of(2010, 6, 1), "x")).get()
        .extracting(Actor::name).isEqualTo("Barack Obama");
    assertThat(BUNDLED.offices().holder("Bundeskanzlerin", "DEU", LocalDate.of(2010, 6, 1), "x")).get()
        .extracting(Actor::name).isEqualTo("Angela Merkel");
    assertThat(BUNDLED.offices().holder("Generalsekretär", "NATO", LocalDate.of(2020, 6, 1), "x")).get()
        .extracting(Actor::name, Actor::org).containsExactly("Jens Stoltenberg", "NATO");
    // No head of government in the US: the president is asked next.
    assertThat(BUNDLED.offices().holder("Regierungschef", "USA", LocalDate.of(2010, 6, 1), "x")).get()
        .extracting(Actor::name).isEqualTo("Barack Obama");
    assertThat(BUNDLED.offices().holder("Vizekanzler", "DEU", LocalDate.of(2010, 6, 1), "x")).isEmpty();
    assertThat(BUNDLED.offices().holder("Präsident", "USA", null, "x")).isEmpty();
  }

  @Test
  void every_country_has_a_head_of_state_or_government_in_2010_and_2024() {
    List<String> countries = List.of("DEU", "FRA", "USA", "RUS", "CHN", "JPN", "IND", "BRA", "NGA", "ZAF", "EGY",
        "IRN", "TUR", "UKR", "KOR", "PRK", "MEX", "ARG", "IDN", "AUS", "KEN", "SAU", "ISR", "POL", "VNM", "ETH");
    for (LocalDate day : List.of(LocalDate.of(2010, 6, 1), LocalDate.of(2024, 6, 1))) {
      for (String c : countries) {
        assertThat(BUNDLED.offices().holder("Staatschef", c, day, "x")).as(c + " " + day).isPresent();
        assertThat(BUNDLED.offices().holder("Außenminister", c, day, "x")).as(c + " FM " + day).isPresent();
      }
    }
  }

  @Test
  void a_user_file_adds_people_and_wins_over_bundled_entries() throws IOException {
    Path file = Files.writeString(dir.resolve("meine.yaml"), """
        people:
          - id: wassili-petrenkow
            names: [Wassili Petrenkow, Petrenkow]
            country: RUS
            roles:
              - {sector: BUS, office: Oligarch, from: 2001-01-01, until: null}
        institutions:
          - country: FRA
            sector: GOV
            names: [Kreml]
        """);
    ActorLexicon lex = ActorLexicon.german(List.of(file));
    ActorLexicon.Entry p = lex.longestMatch(words("Wassili Petrenkow sagte"), 0).orElseThrow();
    assertThat(ActorLexicon.personActor(p, "Wassili Petrenkow", LocalDate.of(2020, 1, 1)).code()).isEqualTo("RUSBUS");
    assertThat(lex.longestMatch(words("Kreml"), 0)).get().extracting(ActorLexicon.Entry::country).isEqualTo("FRA");
    assertThat(BUNDLED.longestMatch(words("Kreml"), 0)).get().extracting(ActorLexicon.Entry::country)
        .isEqualTo("RUS");
  }

  @Test
  void hyphenated_country_adjectives_name_the_last_country() {
    assertThat(BUNDLED.longestMatch(words("bosnisch-serbischen Republik"), 0)).get()
        .extracting(ActorLexicon.Entry::country).isEqualTo("SRB");
  }
}

package org.depesche.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.depesche.internal.LanguageFiles;
import org.junit.jupiter.api.Test;

/** The German gazetteer: names as German text writes them, and the places each may stand for. */
class GazetteerTest {
  static final Gazetteer GERMAN = Gazetteer.of(LanguageFiles.german());

  private static Gazetteer.Match match(String... words) {
    return GERMAN.longestMatch(List.of(words), 0).orElseThrow(() -> new AssertionError(String.join(" ", words)));
  }

  @Test
  void a_shared_name_stands_for_every_place_of_that_name_largest_first() {
    List<Place> frankfurt = GERMAN.named("Frankfurt");
    assertThat(frankfurt).extracting(Place::name).startsWith("Frankfurt am Main", "Frankfurt (Oder)");
    assertThat(GERMAN.named("Halle").get(0).name()).isEqualTo("Halle (Saale)");
    assertThat(GERMAN.named("Neustadt")).hasSizeGreaterThan(3);
  }

  @Test
  void the_longer_written_forms_name_one_place() {
    assertThat(match("Frankfurt", "/", "Oder", "liegt").places()).extracting(Place::geonames).containsExactly(2925535L);
    assertThat(match("Frankfurt/Oder").places()).extracting(Place::geonames).containsExactly(2925535L);
    assertThat(match("Frankfurt", "(", "Oder", ")").length()).isEqualTo(4);
    assertThat(match("Halle", "an", "der", "Saale").places().get(0).name()).isEqualTo("Halle (Saale)");
  }

  @Test
  void capitals_abroad_have_their_german_names() {
    assertThat(match("Warschau").places().get(0).country()).isEqualTo("POL");
    assertThat(match("Moskau").places().get(0).geonames()).isEqualTo(524901L);
    assertThat(match("Moskau").places().get(0).name()).as("GeoNames' name, as CONTRACT.md shows").isEqualTo("Moscow");
    assertThat(match("Genf").places()).extracting(Place::country).containsOnly("CHE");
    assertThat(match("Mailand").places().get(0).country()).isEqualTo("ITA");
  }

  @Test
  void regions_are_places_at_the_centre_of_their_population() {
    Place sachsen = match("Sachsen").places().get(0);
    assertThat(sachsen.kind()).isEqualTo(Place.Kind.REGION);
    assertThat(sachsen.latitude()).isBetween(50.5, 51.5);
    assertThat(sachsen.longitude()).isBetween(12.5, 14.0);
  }

  @Test
  void a_towns_adjective_names_the_town() {
    Gazetteer.Match koelner = match("Kölner", "Polizei");
    assertThat(koelner.adjective()).isTrue();
    assertThat(koelner.places().get(0).name()).isEqualTo("Köln");
  }

  @Test
  void names_match_only_as_printed() {
    assertThat(GERMAN.longestMatch(List.of("essen"), 0)).isEmpty();
    assertThat(GERMAN.longestMatch(List.of("Essen"), 0)).isPresent();
  }

  @Test
  void towns_that_name_actors_are_the_larger_towns_of_germany_austria_and_switzerland() {
    assertThat(match("Freital").places().get(0).kind()).isEqualTo(Place.Kind.TOWN);
    assertThat(match("Paris").places().get(0).kind()).isEqualTo(Place.Kind.PLACE);
    // a common word: a place, but no town for actors
    assertThat(match("Essen").places().get(0).kind()).isEqualTo(Place.Kind.PLACE);
  }

  @Test
  void a_malformed_line_fails_with_the_line() {
    assertThatThrownBy(() -> Gazetteer.parse(List.of("Freital\tFreitaler\t123")))
        .hasMessageContaining("9 tab-separated fields").hasMessageContaining("Freital");
  }
}

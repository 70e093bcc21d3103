package org.depesche.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depesche.internal.LanguageFiles;
import org.junit.jupiter.api.Test;

/** Which words of a sentence name a place, and what the words around them say of it. */
class PlaceFinderTest {
  static final PlaceFinder FINDER = PlaceFinder.of(GazetteerTest.GERMAN, LanguageFiles.german());

  private static List<PlaceMention> find(String words) {
    return FINDER.find(Words.sentence(words));
  }

  private static PlaceMention only(String words) {
    List<PlaceMention> found = find(words);
    assertThat(found).as(words).hasSize(1);
    return found.get(0);
  }

  @Test
  void a_word_of_place_puts_the_sentence_there() {
    assertThat(only("Unbekannte griffen in Freital einen Mann an .").cue()).isEqualTo(PlaceMention.Cue.AT);
    assertThat(only("Der Angriff im sächsischen/ADJ Heidenau .").cue()).isEqualTo(PlaceMention.Cue.AT);
    assertThat(only("Eine Kundgebung in der Gemeinde Großpetersdorf .").text()).isEqualTo("Großpetersdorf");
    assertThat(only("Ein Lager südlich von Leipzig .").cue()).isEqualTo(PlaceMention.Cue.AT);
    assertThat(only("Ein Feuer in der Nähe von Köln .").cue()).isEqualTo(PlaceMention.Cue.AT);
  }

  @Test
  void origin_and_direction_name_a_place_without_putting_the_event_there() {
    assertThat(only("Ein Mann aus Leipzig wurde verletzt .").cue()).isEqualTo(PlaceMention.Cue.ELSEWHERE);
    assertThat(only("Die Ministerin reiste nach Warschau/LOC .").cue()).isEqualTo(PlaceMention.Cue.ELSEWHERE);
    assertThat(find("Bezahlt aus privaten/ADJ Geldern .")).as("a word of origin alone makes no place").isEmpty();
  }

  @Test
  void a_towns_adjective_is_a_place_of_its_own_kind_unless_a_word_of_place_governs_it() {
    assertThat(only("Die Kölner Polizei nahm zwei Männer fest .").cue()).isEqualTo(PlaceMention.Cue.ADJECTIVE);
    PlaceMention inner = only("Zwei Männer griffen in der Magdeburger Innenstadt einen Syrer an .");
    assertThat(inner.cue()).isEqualTo(PlaceMention.Cue.AT);
    assertThat(inner.places().get(0).name()).isEqualTo("Magdeburg");
  }

  @Test
  void a_town_counts_wherever_it_stands_a_place_that_is_also_a_word_only_where_marked() {
    assertThat(only("Freital kommt nicht zur Ruhe .").cue()).isEqualTo(PlaceMention.Cue.NAMED);
    assertThat(find("Das Essen war kalt .")).isEmpty();
    assertThat(only("Essen/LOC kommt nicht zur Ruhe .").places().get(0).country()).isEqualTo("DEU");
    assertThat(find("Schutz vor dem Regen/LOC .")).as("a name right after an article is a noun").isEmpty();
    assertThat(find("Ein Brand in der Halle .")).isEmpty();
    assertThat(only("Wahlen in der Steiermark .").places().get(0).kind()).isEqualTo(Place.Kind.REGION);
    assertThat(only("Die Polizei in Essen ermittelt .").cue()).isEqualTo(PlaceMention.Cue.AT);
  }

  @Test
  void a_name_the_parser_takes_for_a_person_is_no_place_unless_a_word_of_place_governs_it() {
    assertThat(find("Der Abgeordnete Frank Freital/PER sprach .")).isEmpty();
  }

  @Test
  void the_part_of_a_hyphenated_name_that_is_a_place_counts() {
    PlaceMention kreuzberg = only("Eine Demonstration in Berlin-Kreuzberg .");
    assertThat(kreuzberg.places().get(0).name()).isEqualTo("Kreuzberg");
    assertThat(kreuzberg.text()).isEqualTo("Berlin-Kreuzberg");
  }

  @Test
  void the_names_of_a_list_share_the_first_ones_cue() {
    List<PlaceMention> both = find("In den Orten Flachslanden und Obernzenn brannte es .");
    assertThat(both).extracting(PlaceMention::text).containsExactly("Flachslanden", "Obernzenn");
    assertThat(both).extracting(PlaceMention::cue).containsOnly(PlaceMention.Cue.AT);
  }

  @Test
  void an_authority_names_its_seat() {
    assertThat(only("Die Staatsanwaltschaft Hof ermittelt .").places().get(0).country()).isEqualTo("DEU");
  }

  @Test
  void a_part_of_town_after_its_towns_adjective_lies_in_that_town() {
    List<PlaceMention> found = find("Ein Fest in der Bremer Neustadt .");
    assertThat(found.get(found.size() - 1).places()).extracting(Place::admin1).containsOnly("Bremen");
  }

  @Test
  void the_abbreviated_sankt_is_read() {
    assertThat(only("Ein Gipfel in St. Moritz .").places().get(0).country()).isEqualTo("CHE");
  }

  @Test
  void the_longest_form_wins() {
    PlaceMention halle = only("Ein Anschlag in Halle an der Saale .");
    assertThat(halle.places()).extracting(Place::name).containsExactly("Halle (Saale)");
    assertThat(halle.text()).isEqualTo("Halle an der Saale");
  }
}

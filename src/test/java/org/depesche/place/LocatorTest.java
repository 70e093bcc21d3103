package org.depesche.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an event took place: its sentence, else the article's dateline or lead, else its actors' country. */
class LocatorTest {
  private static final Locator LOCATOR = new Locator(PlaceFinderTest.FINDER);

  private static Location locate(int sentence, List<String> actorCountries, String... sentences) {
    return LOCATOR.read(Words.sentences(sentences), List.of(), "DEU").of(sentence, 0, actorCountries);
  }

  @Test
  void the_events_own_sentence_wins() {
    Location l = locate(1, List.of("DEU"), "Unruhe in Freital", "Unbekannte griffen in Heidenau einen Mann an .");
    assertThat(l.name()).isEqualTo("Heidenau");
    assertThat(l.basis()).isEqualTo(Location.Basis.SENTENCE);
    assertThat(l.geonames()).isNotNull();
    assertThat(l.admin1()).isEqualTo("Sachsen");
  }

  @Test
  void a_sentence_without_a_place_takes_the_lead() {
    Location l = locate(2, List.of("DEU"), "Angriff auf Unterkunft", "In Freital brannte es in der Nacht .",
        "Die Polizei ermittelt .");
    assertThat(l.name()).isEqualTo("Freital");
    assertThat(l.basis()).isEqualTo(Location.Basis.ARTICLE);
  }

  @Test
  void the_dateline_is_the_articles_place() {
    Location l = locate(2, List.of("DEU", "CHE"), "Gespräche", "Genf – Die Delegationen trafen sich in der Stadt .",
        "Beide Seiten sprachen von Fortschritten .");
    assertThat(l.name()).isEqualTo("Genf");
    assertThat(l.basis()).isEqualTo(Location.Basis.ARTICLE);
  }

  @Test
  void a_lead_place_outside_the_actors_countries_is_not_their_place() {
    Location l = locate(2, Arrays.asList("RUS", null), "Bericht", "In Leipzig stellte ein Institut eine Studie vor .",
        "Russland beschoss Ziele .");
    assertThat(l.basis()).isEqualTo(Location.Basis.ACTOR);
    assertThat(l.country()).isEqualTo("RUS");
    assertThat(l.located()).isFalse();
  }

  @Test
  void nothing_known_gives_no_location() {
    assertThat(locate(0, Arrays.asList(null, null), "Es wurde gestritten .")).isNull();
  }

  @Test
  void origin_is_not_where_it_happened() {
    Location l = locate(0, List.of("SYR"), "Ein Mann aus Leipzig wurde angegriffen .");
    assertThat(l.basis()).isEqualTo(Location.Basis.ACTOR);
  }

  @Test
  void a_shared_name_means_the_one_in_a_region_the_article_names() {
    assertThat(locate(1, List.of("DEU"), "Lage in Brandenburg", "In Frankfurt demonstrierten Hunderte .").name())
        .isEqualTo("Frankfurt (Oder)");
    assertThat(locate(1, List.of("DEU"), "Lage in Hessen", "In Frankfurt demonstrierten Hunderte .").name())
        .isEqualTo("Frankfurt am Main");
    assertThat(locate(0, List.of("DEU"), "In Frankfurt demonstrierten Hunderte .").name())
        .isEqualTo("Frankfurt am Main");
  }

  @Test
  void a_far_larger_place_abroad_wins_over_a_hamlet_at_home_and_a_town_over_its_canton() {
    assertThat(locate(0, List.of("DEU"), "Der Papst sprach in Rom .").country()).isEqualTo("ITA");
    Location zurich = LOCATOR.read(Words.sentences("Die Vergabe fand in Zürich statt ."), List.of(), "CHE")
        .of(0, 0, List.of("CHE"));
    assertThat(zurich.geonames()).isEqualTo(2657896L);
  }

  @Test
  void a_town_the_lead_names_is_narrower_than_the_region_of_the_sentence() {
    Location l = locate(2, List.of("DEU"), "Angriff", "In Freital warfen Unbekannte Steine .",
        "Die Polizei in Sachsen ermittelt .");
    assertThat(l.name()).isEqualTo("Freital");
    assertThat(l.basis()).isEqualTo(Location.Basis.ARTICLE);
  }

  @Test
  void a_country_named_with_a_word_of_place_is_a_location_without_coordinates() {
    List<PlaceMention> georgia = List.of(PlaceMention.ofCountry(0, 3, 3, "Georgien", "GEO", PlaceMention.Cue.AT));
    Location l = LOCATOR.read(Words.sentences("Tausende demonstrierten in Georgien ."), georgia, null)
        .of(0, 1, List.of("GEO"));
    assertThat(l.country()).isEqualTo("GEO");
    assertThat(l.name()).isEqualTo("Georgia");
    assertThat(l.basis()).isEqualTo(Location.Basis.SENTENCE);
    assertThat(l.located()).isFalse();
  }
}

package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depesche.actor.Actor;
import org.depesche.event.CameoOntology;
import org.depesche.event.Event;
import org.depesche.event.Modality;
import org.depesche.time.EventDate;
import org.junit.jupiter.api.Test;

/** Per category: descriptions with an event of a right root, events coded, places named. No models. */
class ArvigScorerTest {
  private static final CameoOntology CAMEO = CameoOntology.standard();
  private static final Actor UNKNOWN = new Actor("Unbekannte", null, "DEU", null, "CRM");
  private static final Actor REFUGEES = new Actor("Asylsuchende", null, "DEU", null, "REF");
  private static final LocalDate DAY = LocalDate.of(2015, 8, 24);
  private static final ArvigScorer SCORER = new ArvigScorer(roots());

  private static Map<String, Set<String>> roots() {
    Map<String, Set<String>> roots = new LinkedHashMap<>();
    roots.put("assault", Set.of("18"));
    roots.put("arson", Set.of("17", "18"));
    roots.put("demonstration", Set.of("14"));
    return roots;
  }

  private static ArvigRecord record(String id, String category, String text, String place) {
    return new ArvigRecord(id, text, category, DAY, place, "Sachsen", 51.0, 13.7);
  }

  private static Event event(ArvigRecord r, String cameo) {
    return new Event(r.article(), 0, 0, r.text().length(), r.text(), 0, "griffen", CAMEO.type(cameo).orElseThrow(),
        UNKNOWN, REFUGEES, EventDate.day(DAY, EventDate.Basis.PUBLICATION, null), Modality.ASSERTED, false, null,
        null, 0.8);
  }

  private static ArvigScorer.Category category(ArvigScorer.Result result, String name) {
    return result.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void a_description_counts_when_one_of_its_events_has_a_right_root() {
    ArvigRecord hit = record("a", "assault", "Zwei Männer griffen einen Asylsuchenden an.", "Dresden");
    ArvigRecord miss = record("b", "assault", "Ein Mann wurde in Freital beleidigt.", "Freital");
    ArvigScorer.Result result = SCORER.score(List.of(hit, miss),
        Map.of("a", List.of(event(hit, "112"), event(hit, "182")), "b", List.of(event(miss, "112"))));
    ArvigScorer.Category assault = category(result, "assault");
    assertThat(assault.right()).isEqualTo(1);
    assertThat(assault.descriptions()).isEqualTo(2);
    assertThat(assault.share()).isEqualTo(0.5);
    assertThat(assault.events()).isEqualTo(3);
    assertThat(assault.eventsPerDescription()).isEqualTo(1.5);
  }

  @Test
  void the_scored_categories_together_count_every_right_root_and_leave_the_others_out() {
    ArvigRecord assault = record("a", "assault", "Zwei Männer griffen einen Asylsuchenden an.", "Dresden");
    ArvigRecord demo = record("d", "demonstration", "Rund 200 Menschen demonstrierten.", "Heidenau");
    ArvigRecord other = record("o", "other", "Ein Plakat wurde aufgehängt.", "Bautzen");
    ArvigScorer.Result result = SCORER.score(List.of(assault, demo, other),
        Map.of("a", List.of(event(assault, "182")), "d", List.of(event(demo, "141")),
            "o", List.of(event(other, "141"))));
    ArvigScorer.Category scored = result.scored("scored");
    assertThat(scored.scored()).isTrue();
    assertThat(scored.roots()).containsExactly("14", "17", "18");
    assertThat(scored.right()).isEqualTo(2);
    assertThat(scored.descriptions()).isEqualTo(2);
    assertThat(result.all("all").descriptions()).isEqualTo(3);
    assertThat(result.all("all").events()).isEqualTo(3);
  }

  @Test
  void arson_counts_either_of_its_roots_and_assault_only_its_own() {
    ArvigRecord arson = record("a", "arson", "Unbekannte legten Feuer.", "Tröglitz");
    ArvigRecord assault = record("b", "assault", "Unbekannte legten Feuer.", "Tröglitz");
    ArvigScorer.Result result = SCORER.score(List.of(arson, assault),
        Map.of("a", List.of(event(arson, "1712")), "b", List.of(event(assault, "1712"))));
    assertThat(category(result, "arson").right()).isEqualTo(1);
    assertThat(category(result, "assault").right()).isZero();
  }

  @Test
  void a_missed_description_is_listed_with_the_events_it_got() {
    ArvigRecord demo = record("d", "demonstration", "Rund 200 Menschen demonstrierten in Heidenau.", "Heidenau");
    Event wrong = event(demo, "042");
    ArvigScorer.Result result = SCORER.score(List.of(demo), Map.of("d", List.of(wrong)));
    assertThat(result.missed()).singleElement().satisfies(m -> {
      assertThat(m.record()).isEqualTo(demo);
      assertThat(m.events()).containsExactly(wrong);
    });
  }

  @Test
  void a_category_without_roots_is_counted_but_not_scored_and_never_missed() {
    ArvigRecord other = record("o", "suspicion", "Ein Brand in einer Unterkunft wird untersucht.", "Bautzen");
    ArvigScorer.Result result = SCORER.score(List.of(other), Map.of());
    ArvigScorer.Category suspicion = category(result, "suspicion");
    assertThat(suspicion.scored()).isFalse();
    assertThat(suspicion.descriptions()).isEqualTo(1);
    assertThat(result.missed()).isEmpty();
    assertThat(result.scored("scored").descriptions()).isZero();
    assertThat(result.all("all").descriptions()).isEqualTo(1);
  }

  @Test
  void categories_come_in_the_order_of_the_table_then_the_others_by_size() {
    ArvigScorer.Result result = SCORER.score(List.of(record("1", "other", "x", ""),
        record("2", "suspicion", "x", ""), record("3", "suspicion", "x", ""), record("4", "assault", "x", "")),
        Map.of());
    assertThat(result.categories()).extracting(ArvigScorer.Category::name)
        .containsExactly("assault", "arson", "demonstration", "suspicion", "other");
  }

  @Test
  void descriptions_whose_text_names_their_place_are_counted_per_category() {
    ArvigRecord named = record("a", "arson", "Die Wuppertaler Polizei ermittelt.", "Wuppertal");
    ArvigRecord unnamed = record("b", "arson", "Die Polizei ermittelt.", "Wuppertal");
    assertThat(category(SCORER.score(List.of(named, unnamed), Map.of()), "arson").placeNamed()).isEqualTo(1);
  }

  @Test
  void the_bundled_table_maps_the_four_categories_of_the_readme() {
    ArvigScorer.Result result = ArvigScorer.standard().score(List.of(), Map.of());
    assertThat(result.categories()).extracting(ArvigScorer.Category::name, ArvigScorer.Category::roots)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("assault", Set.of("18")),
            org.assertj.core.groups.Tuple.tuple("arson", Set.of("17", "18")),
            org.assertj.core.groups.Tuple.tuple("demonstration", Set.of("14")),
            org.assertj.core.groups.Tuple.tuple("miscellaneous attack", Set.of("17", "18")));
  }

  @Test
  void a_point_within_25_km_of_the_record_is_near_and_one_farther_is_not() {
    ArvigRecord berlin = new ArvigRecord("b", "x", "assault", DAY, "Berlin", "Berlin", 52.5200, 13.4050);
    assertThat(ArvigScorer.near(berlin, 52.4500, 13.3000)).as("Berlin-Steglitz").isTrue();
    assertThat(ArvigScorer.near(berlin, 52.3906, 13.0645)).as("Potsdam, about 27 km").isFalse();
  }
}

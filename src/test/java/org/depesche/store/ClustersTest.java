package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.depesche.actor.Actor;
import org.depesche.article.Article;
import org.depesche.event.CameoOntology;
import org.depesche.event.Event;
import org.depesche.event.Modality;
import org.depesche.time.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which reports make one real-world event: the same root and actor keys, dated within three days. No models. */
class ClustersTest {
  private static final CameoOntology CAMEO = CameoOntology.standard();
  private static final Actor GERMANY = new Actor("Deutschland", null, "DEU", null, null);
  private static final Actor FRANCE = new Actor("Frankreich", null, "FRA", null, null);
  private static final LocalDate MONDAY = LocalDate.of(2024, 10, 28);

  @TempDir
  Path dir;

  private static Article article(String id, LocalDate published) {
    return new Article(id, "", null, published, "de", "Deutschland und Frankreich, Bericht " + id + ".");
  }

  private static Event event(Article a, int begin, String cameo, Actor source, Actor target, EventDate date) {
    return new Event(a, 0, begin, begin + 10, a.text(), 0, "traf", CAMEO.type(cameo).orElseThrow(), source, target,
        date, Modality.ASSERTED, false, null, null, 0.8);
  }

  private static EventDate day(LocalDate d) {
    return EventDate.day(d, EventDate.Basis.EXPLICIT, null);
  }

  private List<ClusterRow> store(List<Article> articles, List<List<Event>> events) {
    try (EventStore store = EventStore.open(dir.resolve("c.duckdb"))) {
      for (int i = 0; i < articles.size(); i++) {
        store.add(articles.get(i), events.get(i), "test");
      }
      return new StoreReader(store).clusters(EventFilter.all(), Page.all());
    }
  }

  @Test
  void two_reports_two_days_apart_are_one_event_of_two_articles() {
    Article a = article("a", MONDAY);
    Article b = article("b", MONDAY.plusDays(2));
    List<ClusterRow> rows = store(List.of(a, b), List.of(
        List.of(event(a, 0, "042", GERMANY, FRANCE, day(MONDAY))),
        List.of(event(b, 0, "043", GERMANY, FRANCE, day(MONDAY.plusDays(2))))));
    assertThat(rows).singleElement().satisfies(c -> {
      assertThat(c.mentions()).isEqualTo(2);
      assertThat(c.articles()).isEqualTo(2);
      assertThat(c.firstSeen()).isEqualTo(MONDAY);
      assertThat(c.lastSeen()).isEqualTo(MONDAY.plusDays(2));
      assertThat(c.cameo()).as("the first report represents the cluster").isEqualTo("042");
    });
  }

  @Test
  void reports_more_than_three_days_apart_are_two_events() {
    Article a = article("a", MONDAY);
    Article b = article("b", MONDAY.plusDays(4));
    assertThat(store(List.of(a, b), List.of(
        List.of(event(a, 0, "042", GERMANY, FRANCE, day(MONDAY))),
        List.of(event(b, 0, "042", GERMANY, FRANCE, day(MONDAY.plusDays(4))))))).hasSize(2);
  }

  @Test
  void another_root_or_the_other_direction_is_another_event() {
    Article a = article("a", MONDAY);
    assertThat(store(List.of(a), List.of(List.of(
        event(a, 0, "042", GERMANY, FRANCE, day(MONDAY)),
        event(a, 20, "111", GERMANY, FRANCE, day(MONDAY)),
        event(a, 40, "042", FRANCE, GERMANY, day(MONDAY)))))).hasSize(3);
  }

  @Test
  void two_mentions_in_one_article_count_one_article() {
    Article a = article("a", MONDAY);
    assertThat(store(List.of(a), List.of(List.of(
        event(a, 0, "042", GERMANY, FRANCE, day(MONDAY)),
        event(a, 20, "042", GERMANY, FRANCE, day(MONDAY.plusDays(1)))))))
        .singleElement().satisfies(c -> {
          assertThat(c.mentions()).isEqualTo(2);
          assertThat(c.articles()).isEqualTo(1);
        });
  }

  @Test
  void a_period_is_clustered_by_its_first_day_and_a_bare_month_by_none() {
    EventDate since2022 = new EventDate(LocalDate.of(2022, 1, 1), EventDate.Precision.YEAR,
        EventDate.Basis.EXPLICIT, "seit 2022", LocalDate.of(2022, 1, 1), MONDAY);
    EventDate june = new EventDate(LocalDate.of(2024, 6, 1), EventDate.Precision.MONTH, EventDate.Basis.EXPLICIT,
        "im Juni", null, null);
    Article a = article("a", MONDAY);
    assertThat(Clusters.eventDay(event(a, 0, "071", GERMANY, FRANCE, since2022))).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(Clusters.eventDay(event(a, 0, "071", GERMANY, FRANCE, june))).isNull();
    assertThat(Clusters.eventDay(event(a, 0, "071", GERMANY, FRANCE, day(MONDAY)))).isEqualTo(MONDAY);
  }
}

package org.depesche.store;

import static org.assertj.core.api.Assertions.assertThat;
import org.depesche.internal.NeedsShared;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.depesche.cli.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The store's typed answers on the samples and seeds: each real-world event once, every mention, pages, stats. */
@Tag("corenlp")
@NeedsShared({"seeds"})
class StoreReaderTest {
  private static EventStore store;
  private static StoreReader reader;

  @BeforeAll
  static void open() {
    store = EventStore.open(TestStores.samplesAndSeeds());
    reader = new StoreReader(store);
  }

  @AfterAll
  static void close() {
    if (store != null) { // null when the shared data is absent and the class was skipped
      store.close();
    }
  }

  private static EventFilter filter(String name, String value) {
    return EventFilter.parse(Map.of(name, value)::get);
  }

  @Test
  void each_real_world_event_once_or_every_mention() {
    EventStore.Counts n = store.counts();
    List<ClusterRow> clusters = reader.clusters(EventFilter.all(), Page.all());
    assertThat(clusters).hasSize((int) n.clusters());
    assertThat(clusters.stream().mapToLong(ClusterRow::mentions).sum()).isEqualTo(n.events());
    assertThat(reader.mentions(EventFilter.all(), Page.all())).hasSize((int) n.events());
    assertThat(reader.records(EventFilter.all(), false, Page.all())).hasSize((int) n.clusters());
    assertThat(reader.records(EventFilter.all(), true, Page.first(3))).hasSize(3);
  }

  @Test
  void rows_come_in_date_order_with_the_undated_last() {
    List<LocalDate> firstSeen = reader.clusters(EventFilter.all(), Page.all()).stream()
        .filter(c -> c.date() != null && c.date().matches("\\d{4}-\\d{2}-\\d{2}"))
        .map(c -> LocalDate.parse(c.date())).toList();
    assertThat(firstSeen).isNotEmpty().isSorted();
  }

  @Test
  void a_filter_narrows_every_answer_alike() {
    EventFilter ukr = filter("actor", "UKR");
    List<MentionRow> mentions = reader.mentions(ukr, Page.all());
    assertThat(mentions).isNotEmpty().allSatisfy(m -> assertThat(m.source() + " " + m.target()).contains("UKR"));
    assertThat(mentions.size()).isLessThan((int) store.counts().events());
    assertThat(reader.events(ukr, true, Page.first(500)).total()).isEqualTo(mentions.size());
    assertThat(reader.events(ukr, false, Page.first(500)).total()).isEqualTo(reader.clusters(ukr, Page.all()).size());
    LocalDate day = mentions.stream().map(MentionRow::published).filter(d -> d != null).findFirst().orElseThrow();
    EventFilter published = EventFilter.parse(Map.of("from", day.toString(), "to", day.toString(),
        "by", "published")::get);
    assertThat(reader.mentions(published, Page.all())).isNotEmpty().allSatisfy(m -> assertThat(m.published())
        .isEqualTo(day));
  }

  @Test
  void pages_follow_each_other_without_overlap() {
    EventPage first = reader.events(EventFilter.all(), true, new Page(2, 0));
    EventPage second = reader.events(EventFilter.all(), true, new Page(2, 2));
    assertThat(first.total()).isEqualTo(store.counts().events());
    assertThat(first.events()).hasSize(2);
    assertThat(second.events()).hasSize(2).doesNotContainAnyElementsOf(first.events());
    assertThat(first.events()).allSatisfy(e -> assertThat(e.cluster().mentions()).isPositive());
  }

  @Test
  void one_event_and_its_article_by_id_and_nothing_for_an_unknown_id() throws Exception {
    StoredEvent e = reader.events(filter("dyad", "UKR,JPN"), false, Page.first(1)).events().get(0);
    assertThat(reader.event(new ObjectMapper().readTree(e.record()).get("id").asText())).contains(e);
    StoredArticle a = reader.article(e.articleId()).orElseThrow();
    assertThat(a.text()).isNotBlank();
    assertThat(a.events()).contains(e);
    assertThat(reader.event("nope")).isEmpty();
    assertThat(reader.article("nope")).isEmpty();
  }

  @Test
  void dyads_timeline_and_actors() {
    List<Dyad> dyads = reader.dyads(EventFilter.all(), 5);
    assertThat(dyads).isNotEmpty().hasSizeLessThanOrEqualTo(5)
        .isSortedAccordingTo(Comparator.comparingLong(Dyad::events).reversed())
        .allSatisfy(d -> {
          assertThat(d.source()).isNotEqualTo(d.target());
          assertThat(d.goldstein()).isBetween(-10.0, 10.0);
        });
    List<Period> months = reader.timeline(EventFilter.all(), ChronoUnit.MONTHS);
    assertThat(months).isNotEmpty().allSatisfy(p -> assertThat(p.period()).matches("\\d{4}-\\d{2}-01"));
    assertThat(months.stream().map(Period::period).toList()).isSorted();
    assertThat(reader.timeline(EventFilter.all(), ChronoUnit.DAYS).size()).isGreaterThanOrEqualTo(months.size());
    assertThatThrownBy(() -> reader.timeline(EventFilter.all(), ChronoUnit.YEARS))
        .isInstanceOf(IllegalArgumentException.class);
    List<ActorCount> actors = reader.actors(3);
    assertThat(actors).hasSize(3).isSortedAccordingTo(Comparator.comparingLong(ActorCount::events).reversed());
  }

  @Test
  void stats_add_up_to_the_store() {
    Stats s = reader.stats(2);
    EventStore.Counts n = store.counts();
    assertThat(s.counts()).isEqualTo(n);
    assertThat(s.byRoot().stream().mapToLong(Stats.Root::events).sum()).isEqualTo(n.clusters());
    assertThat(s.byRoot().stream().mapToLong(Stats.Root::mentions).sum()).isEqualTo(n.events());
    assertThat(s.byMonth()).isNotEmpty().allSatisfy(m -> assertThat(m.month()).matches("\\d{4}-\\d{2}"));
    assertThat(s.topDyads()).hasSizeLessThanOrEqualTo(2);
    assertThat(s.topActors()).isEqualTo(reader.actors(2));
  }
}

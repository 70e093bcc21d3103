package org.depesche.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.pipeline.TestPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Facts, plans, possibilities, denials and hearsay, one sentence each. */
@Tag("corenlp")
class ModalityDetectorTest {
  private static Event only(String text) {
    List<Event> events = TestPipeline.get()
        .code(new Article("t", "", null, LocalDate.of(2024, 10, 31), "de", text)).events();
    assertThat(events).as(text).hasSize(1);
    return events.get(0);
  }

  @Test
  void a_reported_plan_is_intended_on_someone_elses_word_and_looks_ahead() {
    Event e = only("Der Präsident Frankreichs soll im Frühjahr nach Japan reisen.");
    assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    assertThat(e.reported()).isTrue();
    assertThat(e.date().value()).isEqualTo("2025");
    assertThat(e.date().start()).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void soll_with_a_perfect_infinitive_is_an_alleged_fact() {
    Event e = only("Russische Truppen sollen in Butscha mindestens 40 Zivilisten getötet haben.");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.reported()).isTrue();
  }

  @Test
  void a_plain_report_is_asserted_and_not_hearsay() {
    Event e = only("Russische Truppen griffen am Montag Kiew an.");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.reported()).isFalse();
    assertThat(e.date().value()).isEqualTo("2024-10-28");
  }

  @Test
  void plans_possibilities_and_denials() {
    assertThat(only("Scholz will am Freitag nach China reisen.").modality()).isEqualTo(Modality.INTENDED);
    assertThat(only("Scholz will am Freitag nach China reisen.").date().value()).isEqualTo("2024-11-01");
    assertThat(only("Scholz könnte nach China reisen.").modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(only("Scholz reiste nicht nach China.").modality()).isEqualTo(Modality.NEGATED);
  }
}

package org.depesche.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import org.depesche.internal.NeedsShared;
import org.depesche.internal.SharedData;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.ArticleFiles;
import org.depesche.event.Event;
import org.depesche.event.Modality;
import org.depesche.time.EventDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The events a careful reader finds in the two seed articles (issue 2). */
@Tag("corenlp")
@NeedsShared({"seeds"})
class SeedEventsTest {
  private static final List<Event> EVENTS = new ArrayList<>();

  @BeforeAll
  static void codeSeeds() {
    List<Article> seeds = new ArticleFiles(ArticleCleaner.standard())
        .read(List.of(SharedData.require("seeds")), p -> { throw new AssertionError(p.toString()); });
    assertThat(seeds).hasSize(2);
    for (Article a : seeds) {
      EVENTS.addAll(TestPipeline.get().code(a).events());
    }
  }

  private static List<Event> find(String source, String target, String root) {
    return EVENTS.stream().filter(e -> source.equals(e.source().key())
        && e.target() != null && target.equals(e.target().key()) && e.type().root().equals(root)).toList();
  }

  @Test
  void zelensky_phones_takaichi() {
    assertThat(find("UKR", "JPN", "04")).extracting(e -> e.type().cameo()).contains("041");
  }

  @Test
  void zelensky_thanks_and_congratulates_her_and_invites_her() {
    assertThat(find("UKR", "JPN", "05")).extracting(Event::trigger).contains("danke", "gratuliert");
    assertThat(find("UKR", "JPN", "03")).extracting(e -> e.type().cameo()).contains("036");
  }

  @Test
  void japan_gave_ukraine_budget_aid_with_the_amount() {
    List<Event> aid = find("JPN", "UKR", "07");
    assertThat(aid).isNotEmpty();
    assertThat(aid.get(0).amount().value()).isEqualTo(8.7e9);
    assertThat(aid.get(0).amount().currency()).isEqualTo("USD");
    // "seit 2022": a period from 2022 on, open at the end since the seed carries no publication date
    assertThat(aid.get(0).date().value()).isEqualTo("2022");
    assertThat(aid.get(0).date().start()).isEqualTo(LocalDate.of(2022, 1, 1));
  }

  @Test
  void yoon_and_zelensky_phoned_on_29_october_2024_and_condemned_russia_and_north_korea() {
    List<Event> call = new ArrayList<>(find("KOR", "UKR", "04"));
    call.addAll(find("UKR", "KOR", "04"));
    assertThat(call).extracting(e -> e.date().value()).contains("2024-10-29");
    // no publication date: the year is inferred from the article's other dates, and the record says so
    assertThat(call).extracting(e -> e.date().basis()).contains(EventDate.Basis.INFERRED);
    assertThat(find("KOR", "RUS", "11")).isNotEmpty();
    assertThat(find("KOR", "PRK", "11")).isNotEmpty();
    assertThat(find("UKR", "RUS", "11")).isNotEmpty();
    assertThat(find("UKR", "PRK", "11")).isNotEmpty();
  }

  @Test
  void putin_and_kim_signed_the_pact_in_june_2024() {
    List<Event> pact = find("RUS", "PRK", "05");
    assertThat(pact).extracting(e -> e.type().cameo()).contains("057");
    assertThat(pact).extracting(e -> e.date().value()).contains("2024-06");
  }

  @Test
  void zelensky_and_yoon_agreed_to_intensify_communication() {
    assertThat(find("UKR", "KOR", "03")).isNotEmpty();
  }

  @Test
  void north_koreas_foreign_minister_visits_moscow() {
    assertThat(find("PRK", "RUS", "04")).extracting(e -> e.type().cameo()).contains("042");
  }

  @Test
  void kims_possible_visit_is_not_asserted() {
    assertThat(find("PRK", "RUS", "04")).filteredOn(e -> e.evidence().contains("Anfang 2025"))
        .isNotEmpty().allMatch(e -> e.modality() != Modality.ASSERTED);
  }

  @Test
  void few_events_beyond_these() {
    assertThat(EVENTS).hasSizeLessThanOrEqualTo(25);
  }

  /** Issue 3: the actors a careful reader names in the seeds, and the only keys events may carry. */
  @Test
  void every_event_has_known_actor_keys_on_both_sides() {
    assertThat(EVENTS).allSatisfy(e -> {
      assertThat(e.source().key()).isIn("UKR", "JPN", "KOR", "RUS", "PRK");
      assertThat(e.target()).isNotNull();
      assertThat(e.target().key()).isIn("UKR", "JPN", "KOR", "RUS", "PRK");
      assertThat(e.source().key()).isNotEqualTo(e.target().key());
    });
  }

  @Test
  void takaichi_is_japanese_and_choe_is_north_korean() {
    assertThat(EVENTS).filteredOn(e -> e.target().text().contains("Takaichi") || e.target().text().contains("Premierministerin"))
        .isNotEmpty().allMatch(e -> e.target().key().equals("JPN"));
    assertThat(EVENTS).filteredOn(e -> e.source().text().contains("Choe"))
        .isNotEmpty().allMatch(e -> e.source().key().equals("PRK"));
  }

  @Test
  void quoted_events_have_the_speaker_as_source_and_carry_the_quote() {
    List<Event> quoted = EVENTS.stream().filter(e -> e.quote() != null && e.evidence().startsWith("„")).toList();
    assertThat(quoted).isNotEmpty().allSatisfy(e -> {
      assertThat(e.source().key()).isEqualTo("UKR");
      assertThat(e.quote().speaker()).isNotBlank();
    });
  }
}

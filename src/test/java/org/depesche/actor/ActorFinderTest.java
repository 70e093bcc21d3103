package org.depesche.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.pipeline.CodedArticle;
import org.depesche.pipeline.TestPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One line per rule: the actor codes found in a short text, in order. */
@Tag("corenlp")
class ActorFinderTest {
  private static List<String> codes(String text) {
    return codes(text, LocalDate.of(2024, 10, 31));
  }

  private static List<String> codes(String text, LocalDate published) {
    CodedArticle c = TestPipeline.get().code(new Article("t", "", null, published, "de", text));
    return c.actors().mentions().stream().flatMap(List::stream).map(m -> m.actor().code()).toList();
  }

  @Test
  void adjective_and_role_give_country_and_sector() {
    assertThat(codes("Der südkoreanische Präsident sprach.")).containsExactly("KORGOV");
  }

  @Test
  void genitive_country_before_or_after_the_role() {
    assertThat(codes("Russlands Außenminister sprach.")).containsExactly("RUSGOV");
    assertThat(codes("Der Präsident der Ukraine sprach.")).containsExactly("UKRGOV");
  }

  @Test
  void hyphen_prefix_and_compound_prefix() {
    assertThat(codes("Der US-Präsident sprach.")).containsExactly("USAGOV");
    assertThat(codes("Die Bundesaußenministerin sprach.")).containsExactly("DEUGOV");
  }

  @Test
  void capitals_and_seats_stand_for_the_government() {
    assertThat(codes("Moskau und der Kreml schwiegen.")).containsExactly("RUSGOV", "RUSGOV");
  }

  @Test
  void a_role_apposition_introduces_a_new_name_for_the_rest_of_the_article() {
    assertThat(codes("Die japanische Premierministerin Hanako Yamadera reiste ab. Yamadera lächelte."))
        .containsExactly("JPNGOV", "JPNGOV");
  }

  @Test
  void known_people_resolve_by_the_article_date() {
    assertThat(codes("Wladimir Putin sprach.")).containsExactly("RUSGOV");
    assertThat(codes("Sanae Takaichi sprach.", LocalDate.of(2026, 1, 5))).containsExactly("JPNGOV");
    assertThat(codes("Sanae Takaichi sprach.", LocalDate.of(2024, 1, 5))).containsExactly("JPNELI");
  }

  @Test
  void both_countries_point_back_to_the_last_two() {
    assertThat(codes("Russland und Nordkorea verhandelten. Die beiden Länder einigten sich."))
        .containsExactly("RUS", "PRK", "PRK", "RUS");
  }

  @Test
  void international_organisations_have_their_keys() {
    assertThat(codes("Die Vereinten Nationen und die Nato berieten.")).containsExactly("UN", "NATO");
  }
}

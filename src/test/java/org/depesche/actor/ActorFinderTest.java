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

  private static List<ActorMention> mentions(String text, LocalDate published) {
    CodedArticle c = TestPipeline.get().code(new Article("t", "", null, published, "de", text));
    return c.actors().mentions().stream().flatMap(List::stream).toList();
  }

  private static Actor only(String text, LocalDate published) {
    List<ActorMention> found = mentions(text, published);
    assertThat(found).hasSize(1);
    return found.get(0).actor();
  }

  @Test
  void a_president_by_name_is_in_office_or_former_by_the_date() {
    assertThat(only("Präsident Obama sprach.", LocalDate.of(2010, 6, 1)).code()).isEqualTo("USAGOV");
    assertThat(only("Präsident Obama sprach.", LocalDate.of(2020, 6, 1)).code()).isEqualTo("USAELI");
    assertThat(only("Obamas Rede wurde gelobt.", LocalDate.of(2010, 6, 1)).name()).isEqualTo("Barack Obama");
  }

  @Test
  void roles_without_names_resolve_to_the_office_holder_of_the_day() {
    assertThat(only("Der US-Präsident sprach.", LocalDate.of(2010, 6, 1)).name()).isEqualTo("Barack Obama");
    assertThat(only("Der US-Präsident sprach.", LocalDate.of(2020, 6, 1)).name()).isEqualTo("Donald Trump");
    assertThat(only("Russlands Außenminister sprach.", LocalDate.of(2015, 3, 1)).name()).isEqualTo("Sergej Lawrow");
    assertThat(only("Der Kremlchef sprach.", LocalDate.of(2010, 6, 1)).name()).isEqualTo("Dmitri Medwedew");
    assertThat(only("Der Kremlchef sprach.", LocalDate.of(2020, 6, 1)).name()).isEqualTo("Wladimir Putin");
    assertThat(only("Die Bundesaußenministerin sprach.", LocalDate.of(2023, 6, 1)).name())
        .isEqualTo("Annalena Baerbock");
  }

  @Test
  void a_former_office_holder_is_not_todays() {
    Actor former = only("Der frühere US-Präsident sprach.", LocalDate.of(2020, 6, 1));
    assertThat(former.code()).isEqualTo("USAELI");
    assertThat(former.name()).isNull();
  }

  @Test
  void capitals_and_national_governments_without_names() {
    assertThat(only("Teheran protestierte.", LocalDate.of(2020, 6, 1)).code()).isEqualTo("IRNGOV");
    assertThat(only("Die Bundesregierung protestierte.", LocalDate.of(2020, 6, 1)).code()).isEqualTo("DEUGOV");
  }

  @Test
  void an_unknown_name_takes_the_country_of_the_adjective_before_it() {
    List<ActorMention> found = mentions("Der russische Oligarch Wassili Petrenkow kaufte eine Jacht. "
        + "Petrenkow schwieg.", LocalDate.of(2020, 6, 1));
    assertThat(found).extracting(m -> m.actor().key()).containsExactly("RUS", "RUS");
    assertThat(found.get(0).how()).contains("unknown name");
  }

  @Test
  void every_mention_says_how_it_was_resolved() {
    assertThat(mentions("Der US-Präsident und Kanzler Scholz sprachen.", LocalDate.of(2022, 6, 1)))
        .allSatisfy(m -> assertThat(m.how()).isNotBlank())
        .extracting(ActorMention::how).anyMatch(h -> h.contains("Bundeskanzler"));
  }

  @Test
  void a_name_after_an_office_word_is_that_person_not_the_holder_of_the_day() {
    Actor reagan = only("Damals sprach US-Präsident Ronald Reagan.", LocalDate.of(2021, 2, 9));
    assertThat(reagan.name()).isEqualTo("Ronald Reagan");
    assertThat(reagan.key()).isEqualTo("USA");
  }

  @Test
  void a_role_then_a_name_between_commas_introduces_the_name() {
    List<ActorMention> found = mentions("Der frühere Außenminister der Vereinigten Staaten, Walter Brennholz, ist tot. "
        + "Brennholz wurde 100 Jahre alt. Brennholzs Memoiren erschienen.", LocalDate.of(2021, 2, 9));
    assertThat(found).extracting(m -> m.actor().code()).containsExactly("USAELI", "USAELI", "USAELI");
    assertThat(found).extracting(m -> m.actor().name()).containsOnly("Walter Brennholz");
  }

  @Test
  void their_countries_are_the_two_named_last() {
    assertThat(codes("Deutschland und Frankreich erklärten, dass ihre Länder helfen wollen."))
        .containsExactly("DEU", "FRA", "FRA", "DEU");
  }

  @Test
  void the_government_in_what_a_speaker_says_is_the_speakers() {
    List<ActorMention> found = mentions("In Belgrad wurde gewählt. Serbien wartet. "
        + "Bundesaußenminister Guido Westerwelle erklärte, die Regierung erkenne an, was Serbien geleistet habe.",
        LocalDate.of(2012, 2, 20));
    ActorMention government = found.stream().filter(m -> m.actor().text().equals("Regierung")).findFirst().orElseThrow();
    assertThat(government.actor().code()).isEqualTo("DEUGOV");
    assertThat(government.how()).contains("speaker");
  }
}

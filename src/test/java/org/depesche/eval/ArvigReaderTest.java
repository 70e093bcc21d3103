package org.depesche.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.junit.jupiter.api.Test;

class ArvigReaderTest {
  private static final String GOOD = "{\"id\": \"a-1\", \"text\": \"Unbekannte warfen in Wuppertal Steine.\", "
      + "\"category_en\": \"miscellaneous attack\", \"event_date\": \"2015-08-24\", \"location\": \"Wuppertal\", "
      + "\"state\": \"Nordrhein-Westfalen\", \"latitude\": 51.2562, \"longitude\": 7.1508}";

  private final List<Problem> problems = new ArrayList<>();

  private List<ArvigRecord> parse(String... lines) {
    return ArvigReader.parse("arvig.jsonl", String.join("\n", lines), problems::add);
  }

  @Test
  void reads_every_field_of_a_good_line() {
    assertThat(parse(GOOD)).singleElement().isEqualTo(new ArvigRecord("a-1",
        "Unbekannte warfen in Wuppertal Steine.", "miscellaneous attack", LocalDate.of(2015, 8, 24), "Wuppertal",
        "Nordrhein-Westfalen", 51.2562, 7.1508));
    assertThat(problems).isEmpty();
  }

  @Test
  void the_article_has_the_record_id_the_event_day_as_publication_date_and_german() {
    Article a = parse(GOOD).get(0).article();
    assertThat(a.id()).isEqualTo("a-1");
    assertThat(a.published()).isEqualTo(LocalDate.of(2015, 8, 24));
    assertThat(a.lang()).isEqualTo("de");
    assertThat(a.text()).isEqualTo("Unbekannte warfen in Wuppertal Steine.");
  }

  @Test
  void a_missing_location_and_state_are_empty_not_an_error() {
    String line = GOOD.replace("\"location\": \"Wuppertal\", \"state\": \"Nordrhein-Westfalen\", ", "");
    assertThat(parse(line)).singleElement().satisfies(r -> {
      assertThat(r.location()).isEmpty();
      assertThat(r.state()).isEmpty();
    });
  }

  @Test
  void each_bad_line_is_reported_with_file_and_line_and_skipped() {
    List<ArvigRecord> records = parse(GOOD,
        "{kaputt",
        "",
        GOOD.replace("\"a-1\"", "\"a-2\"").replace("\"text\": \"Unbekannte warfen in Wuppertal Steine.\", ", ""),
        GOOD.replace("\"a-1\"", "\"a-3\"").replace("2015-08-24", "24.08.2015"),
        GOOD.replace("\"a-1\"", "\"a-4\"").replace("51.2562", "\"Norden\""),
        GOOD,
        "[1, 2]",
        GOOD.replace("\"a-1\"", "\"a-5\""));
    assertThat(records).extracting(ArvigRecord::id).containsExactly("a-1", "a-5");
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "arvig.jsonl:2: malformed JSON: Unexpected character ('k' (code 107)): was expecting double-quote to start "
            + "field name",
        "arvig.jsonl:4: no \"text\" field",
        "arvig.jsonl:5: bad \"event_date\" 24.08.2015 (want YYYY-MM-DD)",
        "arvig.jsonl:6: \"latitude\" is not a number of degrees within ±90",
        "arvig.jsonl:7: id a-1 appears again",
        "arvig.jsonl:8: not a JSON object");
  }

  @Test
  void a_missing_file_is_named() {
    assertThatThrownBy(() -> ArvigReader.read(Path.of("gibtsnicht.jsonl"), problems::add))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("gibtsnicht.jsonl: no such file");
  }
}

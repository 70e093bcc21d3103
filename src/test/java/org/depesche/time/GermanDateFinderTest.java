package org.depesche.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanDateFinderTest {
  private static final GermanDateFinder FINDER = GermanDateFinder.german();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 31); // a Thursday

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Sie telefonierten am 29. Oktober.      | 2024-10-29 | day   | explicit",
      "Das Treffen war am 29.10.2023.         | 2023-10-29 | day   | explicit",
      "Er hatte den Pakt im Juni unterzeichnet.| 2024-06    | month | explicit",
      "Im Dezember reiste er nach Kiew.       | 2023-12    | month | explicit",
      "beim Gipfeltreffen im Juni 2024        | 2024-06    | month | explicit",
      "Japan hilft seit 2022.                 | 2022       | year  | explicit",
      "Gestern trafen sie sich.               | 2024-10-30 | day   | relative",
      "Am Montag griffen Truppen an.          | 2024-10-28 | day   | relative",
      "Heute beginnt der Gipfel.              | 2024-10-31 | day   | relative",
      "in der Nacht zum Mittwoch              | 2024-10-30 | day   | relative",
      "Anfang April reiste sie.               | 2024-04    | month | explicit",
  })
  void resolves_against_the_publication_date(String text, String value, String precision, String basis) {
    List<TimeExpression> found = FINDER.find(text, PUBLISHED, 0);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).date().value()).isEqualTo(value);
    assertThat(found.get(0).date().precision()).isEqualTo(precision);
    assertThat(found.get(0).date().basis()).isEqualTo(basis);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "am 29. Oktober | 2024-10-29 | inferred",
      "am Montag      |            | ",
  })
  void without_publication_date_uses_the_inferred_year_and_skips_weekdays(String text, String value, String basis) {
    List<TimeExpression> found = FINDER.find(text, null, 2024);
    if (value == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found.get(0).date().value()).isEqualTo(value);
      assertThat(found.get(0).date().basis()).isEqualTo(basis);
    }
  }
}

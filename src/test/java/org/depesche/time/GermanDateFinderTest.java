package org.depesche.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table {@code depesche/time/de-expressions.txt}: German temporal expressions with a publication date and
 * what they resolve to. One row a form; every form the finder knows has rows.
 */
class GermanDateFinderTest {
  private static final GermanDateFinder FINDER = GermanDateFinder.german();

  static Stream<Arguments> table() throws IOException {
    try (InputStream in = GermanDateFinderTest.class.getResourceAsStream("/depesche/time/de-expressions.txt")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      return lines.stream().map(l -> Arguments.of((Object[]) l.split("\\|", -1)));
    }
  }

  @Test
  void the_table_has_at_least_a_hundred_rows() throws IOException {
    assertThat(table().count()).isGreaterThanOrEqualTo(100);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("table")
  void resolves(String text, String published, String value, String precision, String basis, String start,
      String end, String ahead) {
    LocalDate pub = published.isEmpty() ? null : LocalDate.parse(published);
    List<TimeExpression> found = FINDER.find(text, pub, pub == null ? 2024 : 0);
    if (value.equals("-")) {
      assertThat(found).as("no date in: " + text).isEmpty();
      return;
    }
    assertThat(found).as("one date in: " + text).hasSize(1);
    EventDate d = found.get(0).date();
    assertThat(List.of(d.value(), d.precision(), d.basis(), String.valueOf(d.start()), String.valueOf(d.end())))
        .containsExactly(value, precision, basis, start.isEmpty() ? "null" : start, end.isEmpty() ? "null" : end);
    assertThat(found.get(0).reading(true).value()).as("ahead").isEqualTo(ahead.isEmpty() ? value : ahead);
  }
}

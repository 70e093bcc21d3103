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
 * The tables {@code depesche/time/de-expressions.txt} and {@code en-expressions.txt}: temporal expressions with a
 * publication date and what they resolve to, every form the finders know.
 */
class DateFinderTablesTest {
  private static final DateFinder GERMAN = GermanDateFinder.german();
  private static final DateFinder ENGLISH = EnglishDateFinder.english();

  private static Stream<Arguments> table(String name) throws IOException {
    try (InputStream in = DateFinderTablesTest.class.getResourceAsStream("/depesche/time/" + name)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      return lines.stream().map(l -> Arguments.of((Object[]) l.split("\\|", -1)));
    }
  }

  static Stream<Arguments> german() throws IOException {
    return table("de-expressions.txt");
  }

  static Stream<Arguments> english() throws IOException {
    return table("en-expressions.txt");
  }

  @Test
  void the_german_table_has_at_least_a_hundred_rows() throws IOException {
    assertThat(german().count()).isGreaterThanOrEqualTo(100);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("german")
  void german(String text, String published, String value, String precision, String basis, String start,
      String end, String ahead) {
    check(GERMAN, text, published, value, precision, basis, start, end, ahead);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("english")
  void english(String text, String published, String value, String precision, String basis, String start,
      String end, String ahead) {
    check(ENGLISH, text, published, value, precision, basis, start, end, ahead);
  }

  private static void check(DateFinder finder, String text, String published, String value, String precision,
      String basis, String start, String end, String ahead) {
    LocalDate pub = published.isEmpty() ? null : LocalDate.parse(published);
    List<TimeExpression> found = finder.find(text, pub, pub == null ? 2024 : 0);
    if (value.equals("-")) {
      assertThat(found).as("no date in: " + text).isEmpty();
      return;
    }
    assertThat(found).as("one date in: " + text).hasSize(1);
    EventDate d = found.get(0).date();
    assertThat(List.of(d.value(), d.precision().label(), d.basis().label(), String.valueOf(d.start()), String.valueOf(d.end())))
        .containsExactly(value, precision, basis, start.isEmpty() ? "null" : start, end.isEmpty() ? "null" : end);
    assertThat(found.get(0).reading(true).value()).as("ahead").isEqualTo(ahead.isEmpty() ? value : ahead);
  }
}

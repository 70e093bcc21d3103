package org.depesche.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** A stretch of days, both ends included: a day, a week, a month, a season, a year or a part of one. */
record Span(LocalDate start, LocalDate end) {
  static Span day(LocalDate d) {
    return new Span(d, d);
  }

  static Span month(YearMonth m) {
    return new Span(m.atDay(1), m.atEndOfMonth());
  }

  static Span year(int y) {
    return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
  }

  /** The week, Monday to Sunday, that holds {@code d}. */
  static Span week(LocalDate d) {
    LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Span(monday, monday.plusDays(6));
  }

  /** Months {@code from} to {@code to} of year {@code y}; {@code to} may run into the next year (winter). */
  static Span months(int y, int from, int to) {
    YearMonth first = YearMonth.of(y, from);
    YearMonth last = to >= from ? YearMonth.of(y, to) : YearMonth.of(y + 1, to);
    return new Span(first.atDay(1), last.atEndOfMonth());
  }

  /** Days {@code from} to {@code to} of a month; a {@code to} past the month's end is its last day. */
  static Span days(YearMonth m, int from, int to) {
    return new Span(m.atDay(from), m.atDay(Math.min(to, m.lengthOfMonth())));
  }

  /**
   * The span stated at a precision: a day by itself, a month or year by the one it starts in; a week by the month
   * of its Thursday, since a week is not a precision the record knows.
   */
  EventDate at(EventDate.Precision precision, EventDate.Basis basis, String text) {
    LocalDate at = switch (precision) {
      case DAY -> start;
      case MONTH -> YearMonth.from(end.toEpochDay() - start.toEpochDay() == 6 ? start.plusDays(3) : start).atDay(1);
      case YEAR -> LocalDate.of(start.getYear(), 1, 1);
    };
    return new EventDate(at, precision, basis, text, start, end);
  }
}

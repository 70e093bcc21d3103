package org.depesche.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** One text being read by a date finder: its reference day or year, and the expressions found so far. */
final class DateReading {
  final String text;
  final LocalDate reference;
  final int year;
  final List<TimeExpression> found = new ArrayList<>();

  DateReading(String text, LocalDate reference, int year) {
    this.text = text;
    this.reference = reference;
    this.year = year;
  }

  String yearBasis() {
    return reference != null ? "explicit" : "inferred";
  }

  /** The year of a month named without one: the latest such month not more than a month after the reference. */
  int pastYear(int month) {
    if (year <= 0 || month == 0) {
      return 0;
    }
    return reference != null && month > reference.getMonthValue() + 1 ? year - 1 : year;
  }

  void day(Matcher m, String y, String mo, String d) {
    dayMonthYear(m, Integer.parseInt(d), Integer.parseInt(mo), Integer.parseInt(y));
  }

  void dayMonthYear(Matcher m, int d, int mo, Integer y) {
    int yy = y != null ? y : pastYear(mo);
    if (yy <= 0 || mo < 1 || mo > 12 || d < 1 || d > YearMonth.of(yy, mo).lengthOfMonth()) {
      return;
    }
    add(m, Span.day(LocalDate.of(yy, mo, d)), "day", y != null ? "explicit" : yearBasis(), null);
  }

  void add(Matcher m, Span span, String precision, String basis, Span ahead) {
    String words = m.group().strip();
    int begin = m.start() + m.group().indexOf(words);
    found.add(new TimeExpression(begin, begin + words.length(), span.at(precision, basis, words),
        ahead == null ? null : ahead.at(precision, basis, words)));
  }

  /** The latest {@code dow} on or before {@code day}. */
  static LocalDate latest(DayOfWeek dow, LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() != dow) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** The earliest {@code dow} on or after {@code day}. */
  static LocalDate earliest(DayOfWeek dow, LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() != dow) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** What was found, the longest first where expressions overlap, in text order. */
  List<TimeExpression> withoutOverlaps() {
    List<TimeExpression> sorted = new ArrayList<>(found);
    sorted.sort((a, b) -> Integer.compare(b.end() - b.begin(), a.end() - a.begin()));
    List<TimeExpression> kept = new ArrayList<>();
    for (TimeExpression t : sorted) {
      if (kept.stream().noneMatch(k -> k.begin() < t.end() && t.begin() < k.end())) {
        kept.add(t);
      }
    }
    kept.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return kept;
  }
}

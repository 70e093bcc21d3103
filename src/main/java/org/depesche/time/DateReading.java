package org.depesche.time;

import static org.depesche.time.EventDate.Basis.EXPLICIT;
import static org.depesche.time.EventDate.Basis.RELATIVE;
import static org.depesche.time.EventDate.Basis.INFERRED;
import static org.depesche.time.EventDate.Precision.DAY;
import static org.depesche.time.EventDate.Precision.MONTH;
import static org.depesche.time.EventDate.Precision.YEAR;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.depesche.time.DateWords.Direction;
import org.depesche.time.EventDate.Basis;
import org.depesche.time.EventDate.Precision;

/** One text being read by a date finder: its reference day or year, and the expressions found so far. */
final class DateReading {
  final DateWords words;
  final String text;
  final LocalDate reference;
  final int year;
  final List<TimeExpression> found = new ArrayList<>();

  DateReading(DateWords words, String text, LocalDate reference, int year) {
    this.words = words;
    this.text = text;
    this.reference = reference;
    this.year = year;
  }

  Basis yearBasis() {
    return reference != null ? EXPLICIT : INFERRED;
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
    add(m, Span.day(LocalDate.of(yy, mo, d)), DAY, y != null ? EXPLICIT : yearBasis(), null);
  }

  void add(Matcher m, Span span, Precision precision, Basis basis, Span ahead) {
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


  /** "im Juni", "Ende Juni", "im vergangenen Juni", "im kommenden Juni": the year depends on which way to look. */
  void bareMonth(Matcher m, int mo, Direction d, String part) {
    if (year <= 0) {
      return;
    }
    if (reference == null) {
      add(m, partOfMonth(YearMonth.of(year, mo), part), MONTH, INFERRED, null);
      return;
    }
    YearMonth now = YearMonth.from(reference);
    YearMonth thisYear = YearMonth.of(now.getYear(), mo);
    YearMonth before = thisYear.isAfter(d == Direction.PAST ? now.minusMonths(1) : now.plusMonths(1))
        ? thisYear.minusYears(1) : thisYear;
    YearMonth after = thisYear.isBefore(d == Direction.FUTURE ? now.plusMonths(1) : now)
        ? thisYear.plusYears(1) : thisYear;
    if (d == Direction.FUTURE) {
      add(m, partOfMonth(after, part), MONTH, RELATIVE, null);
    } else if (d == Direction.PAST || d == Direction.CURRENT || before.equals(after)) {
      add(m, partOfMonth(before, part), MONTH, d == null ? EXPLICIT : RELATIVE, null);
    } else {
      add(m, partOfMonth(before, part), MONTH, EXPLICIT, partOfMonth(after, part));
    }
  }


  /** "zu Weihnachten 2022", "am Ostersonntag": with a year explicit, else the last one or the next. */
  void holiday(Matcher m, String name, String explicitYear) {
    if (explicitYear != null) {
      add(m, Span.day(words.holiday(name, Integer.parseInt(explicitYear))), DAY, EXPLICIT, null);
      return;
    }
    if (reference == null) {
      return;
    }
    LocalDate ref = reference;
    LocalDate thisYear = words.holiday(name, ref.getYear());
    LocalDate before = thisYear.isAfter(ref) ? words.holiday(name, ref.getYear() - 1) : thisYear;
    LocalDate after = thisYear.isBefore(ref) ? words.holiday(name, ref.getYear() + 1) : thisYear;
    add(m, Span.day(before), DAY, RELATIVE, before.equals(after) ? null : Span.day(after));
  }


  /** "vor zwei Wochen", "in drei Tagen", "vor einem Jahr". */
  void counted(Matcher m, int n, String unit) {
    LocalDate ref = reference;
    switch (unit) {
      case "day" -> add(m, Span.day(ref.plusDays(n)), DAY, RELATIVE, null);
      case "week" -> add(m, Span.week(ref.plusWeeks(n)), MONTH, RELATIVE, null);
      case "month" -> add(m, Span.month(YearMonth.from(ref).plusMonths(n)), MONTH, RELATIVE, null);
      case "year" -> add(m, Span.year(ref.getYear() + n), YEAR, RELATIVE, null);
      default -> throw new IllegalStateException("unit " + unit);
    }
  }

  Span partOfMonth(YearMonth ym, String part) {
    List<Integer> days = part == null ? null : words.monthParts().getOrDefault(part,
        words.monthParts().get(part.toLowerCase(java.util.Locale.ROOT)));
    return days == null ? Span.month(ym) : Span.days(ym, days.get(0), days.get(1));
  }

  /**
   * "am Montag", "am vergangenen Freitag", "am kommenden Montag": the weekday on or before the reference day, or on
   * or after it; without a word saying which way, both readings.
   */
  void weekday(Matcher m, DayOfWeek dow, Direction d) {
    LocalDate before = latest(dow, d == Direction.PAST ? reference.minusDays(1) : reference);
    LocalDate after = earliest(dow, d == Direction.FUTURE ? reference.plusDays(1) : reference);
    if (d == Direction.FUTURE) {
      add(m, Span.day(after), DAY, RELATIVE, null);
    } else {
      add(m, Span.day(before), DAY, RELATIVE, d == Direction.PAST || before.equals(after) ? null
          : Span.day(after));
    }
  }

  /** "kommende Woche", "im vergangenen Monat", "dieses Jahr", "am vergangenen Wochenende". */
  void deictic(Matcher m, Direction d, String unit) {
    int step = d == Direction.PAST ? -1 : d == Direction.FUTURE ? 1 : 0;
    switch (unit) {
      case "week" -> add(m, Span.week(reference.plusWeeks(step)), MONTH, RELATIVE, null);
      case "month" -> add(m, Span.month(YearMonth.from(reference).plusMonths(step)), MONTH, RELATIVE, null);
      case "year" -> add(m, Span.year(reference.getYear() + step), YEAR, RELATIVE, null);
      case "weekend" -> {
        // "kommendes": the next one not yet begun; "vergangenes": the last one already over; "dieses": the one
        // under way or next
        LocalDate saturday = step > 0 ? earliest(DayOfWeek.SATURDAY, reference.plusDays(1))
            : step < 0 ? latest(DayOfWeek.SATURDAY, reference.minusDays(2))
            : reference.getDayOfWeek() == DayOfWeek.SUNDAY ? reference.minusDays(1)
            : earliest(DayOfWeek.SATURDAY, reference);
        add(m, new Span(saturday, saturday.plusDays(1)), DAY, RELATIVE, null);
      }
      default -> throw new IllegalStateException("unit " + unit);
    }
  }
}

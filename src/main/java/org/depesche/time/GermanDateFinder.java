package org.depesche.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds German date expressions ("am 29. Oktober", "29.10.2024", "im Juni", "Juni 2024", "seit 2022",
 * "gestern", "am Montag") and resolves them against a reference date: the publication date, or where that
 * is unknown a year inferred from the article's own dates.
 */
public final class GermanDateFinder {
  private final DateWords words;
  private final Pattern numeric = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private final Pattern dayMonth;
  private final Pattern monthYear;
  private final Pattern month;
  private final Pattern yearPattern = Pattern.compile("\\b(?:seit|im Jahr(?:e)?|Anfang|Mitte|Ende|bis|von)?\\s*((?:19|20)\\d{2})\\b");
  private final Pattern weekday;
  private final Pattern relative;

  private GermanDateFinder(DateWords words) {
    this.words = words;
    String months = alternation(words.months()) + "|" + alternation(List.copyOf(words.monthAliases().keySet()));
    this.dayMonth = Pattern.compile("\\b(\\d{1,2})\\.\\s*(" + months + ")(?:\\s+((?:19|20)\\d{2}))?");
    this.monthYear = Pattern.compile("\\b(" + months + ")\\s+((?:19|20)\\d{2})\\b");
    this.month = Pattern.compile("\\b(?:im|seit|Im|Seit|Anfang|Mitte|Ende|bis)\\s+(" + months + ")\\b");
    // "in der Nacht zum Mittwoch" dates the event by the morning it ended in, as reports do.
    this.weekday = Pattern.compile("\\b(?:am|Am|vom|seit|Seit|zum)\\s+(?:vergangenen\\s+|letzten\\s+)?("
        + alternation(words.weekdays()) + ")");
    this.relative = Pattern.compile("(?i)\\b(" + alternation(List.copyOf(words.relativeDays().keySet())) + ")\\b");
  }

  /** The finder with the bundled German date words. */
  public static GermanDateFinder german() {
    return new GermanDateFinder(DateWords.german());
  }

  /**
   * The date expressions of {@code text}, longest first where they overlap.
   *
   * @param reference the publication date, or null
   * @param year      the year to give day-and-month dates when no reference date is known, or 0
   */
  public List<TimeExpression> find(String text, LocalDate reference, int year) {
    List<TimeExpression> found = new ArrayList<>();
    int refYear = reference != null ? reference.getYear() : year;
    String yearBasis = reference != null ? "explicit" : "inferred";
    for (Matcher m = numeric.matcher(text); m.find(); ) {
      add(found, m, day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))),
          "day", "explicit");
    }
    for (Matcher m = dayMonth.matcher(text); m.find(); ) {
      int mo = words.month(m.group(2));
      boolean hasYear = m.group(3) != null;
      int y = hasYear ? Integer.parseInt(m.group(3)) : pastYear(refYear, mo, reference);
      if (y > 0) {
        add(found, m, day(y, mo, Integer.parseInt(m.group(1))), "day", hasYear ? "explicit" : yearBasis);
      }
    }
    for (Matcher m = monthYear.matcher(text); m.find(); ) {
      add(found, m, YearMonth.of(Integer.parseInt(m.group(2)), words.month(m.group(1))).toString(), "month",
          "explicit");
    }
    for (Matcher m = month.matcher(text); m.find(); ) {
      int mo = words.month(m.group(1));
      int y = pastYear(refYear, mo, reference);
      if (y > 0) {
        add(found, m, YearMonth.of(y, mo).toString(), "month", yearBasis);
      }
    }
    for (Matcher m = yearPattern.matcher(text); m.find(); ) {
      add(found, m, m.group(1), "year", "explicit");
    }
    if (reference != null) {
      for (Matcher m = weekday.matcher(text); m.find(); ) {
        DayOfWeek dow = DayOfWeek.of(words.weekdays().indexOf(m.group(1)) + 1);
        LocalDate d = reference;
        while (d.getDayOfWeek() != dow) {
          d = d.minusDays(1);
        }
        add(found, m, d.toString(), "day", "relative");
      }
      for (Matcher m = relative.matcher(text); m.find(); ) {
        Integer shift = words.relativeDays().get(m.group(1).toLowerCase(java.util.Locale.ROOT));
        if (shift == null) {
          shift = words.relativeDays().get(m.group(1));
        }
        if (shift != null) {
          add(found, m, reference.plusDays(shift).toString(), "day", "relative");
        }
      }
    }
    return withoutOverlaps(found);
  }

  /** The year of a month named without one: the latest such month not after the reference date. */
  private static int pastYear(int refYear, int month, LocalDate reference) {
    if (refYear <= 0 || month == 0) {
      return 0;
    }
    return reference != null && month > reference.getMonthValue() + 1 ? refYear - 1 : refYear;
  }

  private static String day(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static void add(List<TimeExpression> found, Matcher m, String value, String precision, String basis) {
    if (value != null) {
      found.add(new TimeExpression(m.start(), m.end(), new EventDate(value, precision, basis, m.group().strip())));
    }
  }

  private static List<TimeExpression> withoutOverlaps(List<TimeExpression> found) {
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

  private static String alternation(List<String> options) {
    return options.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}

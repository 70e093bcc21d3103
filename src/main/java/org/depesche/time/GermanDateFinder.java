package org.depesche.time;

import static org.depesche.time.EventDate.Basis.EXPLICIT;
import static org.depesche.time.EventDate.Basis.RELATIVE;
import static org.depesche.time.EventDate.Precision.DAY;
import static org.depesche.time.EventDate.Precision.MONTH;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.internal.LanguageFiles;
import org.depesche.time.EventDate.Precision;
import org.depesche.time.DateWords.Direction;

/**
 * Finds German date expressions and resolves them against a reference day, the publication date: absolute ones
 * ("29.10.2024", "am 29. Oktober", "Ende Juni", "Anfang 2025", "im Frühjahr", "1995"), relative ones ("heute",
 * "am gestrigen Samstag", "am Montag", "am vergangenen Wochenende", "vor zwei Wochen", "in der Nacht zum
 * Dienstag", "kommende Woche") and periods ("seit 2022", "von März bis Mai"). Without a publication date,
 * day-and-month dates take a year inferred from the article, and relative ones are not resolved.
 *
 * <p>The words come from {@code depesche/time/de.yaml}; each form of expression is one pattern below.
 */
public final class GermanDateFinder implements DateFinder {
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2}(?!\\d))?");
  private static final Pattern YEAR = Pattern.compile(
      "(?<![\\d.,])(?:(?:im Jahr(?:e)?|[Ss]eit|[Bb]is|[Vv]on|[Aa]b|[Ii]n|[Uu]m|[Jj]ahr)\\s+)?((?:19|20)\\d{2})(?![\\d.,]\\d)");

  private final DateWords words;
  private final Pattern dayRange;
  private final Pattern dayMonth;
  private final Pattern monthYear;
  private final Pattern month;
  private final Pattern partOfYear;
  private final Pattern season;
  private final Pattern relativeDay;
  private final Pattern relativeAdjective;
  private final Pattern weekday;
  private final Pattern deictic;
  private final Pattern counted;
  private final Pattern holiday;

  private GermanDateFinder(DateWords words) {
    this.words = words;
    String m = alt(words.months()) + "|" + alt(words.monthAliases().keySet());
    List<String> directions = new ArrayList<>(words.past());
    directions.addAll(words.future());
    directions.addAll(words.current());
    directions.addAll(directions.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
    String dir = alt(directions);
    String wd = alt(words.weekdays());
    String part = alt(words.yearParts().keySet());
    this.dayRange = Pattern.compile("\\b(?:[Vv]om\\s+)?(\\d{1,2})\\.\\s*(?:bis(?:\\s+zum)?|-|–)\\s*(\\d{1,2})\\.\\s*("
        + m + ")(?:\\s+((?:19|20)\\d{2}))?");
    this.dayMonth = Pattern.compile("\\b(\\d{1,2})\\.\\s*(" + m + ")(?:\\s+((?:19|20)\\d{2}))?");
    this.monthYear = Pattern.compile("\\b(?:(" + part + ")\\s+)?(" + m + ")\\s+((?:19|20)\\d{2})\\b");
    // A bare month needs a word before it ("im Juni", "Ende Juni") or "bis" after it ("März bis Mai"): "Mai"
    // is also a name.
    this.month = Pattern.compile("\\b(?:(?:(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]om|[Vv]on|[Zz]um|[Ii]n|[Dd]es)\\s+"
        + "(?:(?:dem|den)\\s+)?(?:(" + dir + ")\\s+)?)|(" + part + ")\\s+)?(" + m + ")\\b(?!\\s+(?:19|20)\\d{2})");
    this.partOfYear = Pattern.compile("\\b(" + part + ")\\s+(?:des\\s+Jahres\\s+)?((?:19|20)\\d{2})\\b");
    this.season = Pattern.compile("\\b(?:(?:[Ii]m|[Ss]eit\\s+dem|[Ii]n\\s+dem|[Aa]b\\s+dem|[Bb]is\\s+zum|[Dd]iesen)\\s+)?"
        + "(?:(" + dir + ")\\s+)?(" + alt(words.seasons().keySet()) + ")(?:\\s+(?:des\\s+Jahres\\s+)?((?:19|20)\\d{2}))?\\b");
    // "morgen (Mittwoch)": the weekday in brackets names the same day
    this.relativeDay = Pattern.compile("(?<![\\p{L}])(" + alt(words.relativeDays().keySet())
        + ")(?:\\s+(Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|früh))?(?:\\s*\\((?:" + wd + ")\\))?(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.relativeAdjective = Pattern.compile("\\b(?:(?:am|vom|zum|seit dem|des|der|die|den|dem)\\s+)?("
        + alt(words.relativeAdjectives().keySet()) + ")(?:\\s+(" + wd + ")(?:" + alt(words.dayParts()) + ")?)?\\b");
    this.weekday = Pattern.compile("\\b(?:(?:[Aa]m|[Vv]om|[Ss]eit(?:\\s+dem)?|[Zz]um|[Bb]is(?:\\s+zum)?|[Aa]b|"
        + "[Ii]n\\s+der\\s+Nacht\\s+(?:zum|auf\\s+den)|[Dd]iesen)\\s+)?(?:(" + dir + ")\\s+)?(" + wd + ")(?:"
        + alt(words.dayParts()) + ")?\\b");
    this.deictic = Pattern.compile("\\b(?:(?:[Ii]n\\s+der|[Ii]m|[Ii]n\\s+diesem|[Ii]n\\s+dieser|[Ss]eit\\s+dem|[Aa]m|"
        + "[Ii]m\\s+Laufe\\s+der|[Ii]m\\s+Laufe\\s+des|[Dd]es|[Dd]er)\\s+)?(" + dir + ")\\s+("
        + alt(words.unitNouns().keySet()) + ")\\b");
    this.counted = Pattern.compile("\\b([Vv]or|[Ii]n|[Bb]innen)\\s+(\\d{1,3}|" + alt(words.numbers().keySet())
        + ")\\s+(" + alt(words.units().keySet()) + ")\\b");
    java.util.Set<String> holidays = new java.util.HashSet<>(words.holidays().keySet());
    holidays.addAll(words.easterHolidays().keySet());
    this.holiday = Pattern.compile("\\b(" + alt(holidays) + ")(?:\\s+((?:19|20)\\d{2}))?\\b");
  }

  /** The finder with the bundled German date words. */
  public static GermanDateFinder german() {
    return of(LanguageFiles.german());
  }

  /** The finder with the date words of {@code files}. */
  public static GermanDateFinder of(LanguageFiles files) {
    return new GermanDateFinder(DateWords.of(files));
  }

  /**
   * The date expressions of {@code text}, longest first where they overlap, then joined into periods.
   *
   * @param reference the publication date, or null
   * @param year      the year to give day-and-month dates when no reference date is known, or 0
   */
  @Override
  public List<TimeExpression> find(String text, LocalDate reference, int year) {
    DateReading r = new DateReading(words, text, reference, reference != null ? reference.getYear() : year);
    absolute(r);
    if (reference != null) {
      relative(r);
    }
    return Periods.GERMAN.join(text, r.withoutOverlaps(), reference);
  }

  private void absolute(DateReading r) {
    for (Matcher m = ISO.matcher(r.text); m.find(); ) {
      r.day(m, m.group(1), m.group(2), m.group(3));
    }
    for (Matcher m = NUMERIC.matcher(r.text); m.find(); ) {
      r.dayMonthYear(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), twoDigitYear(m.group(3), r));
    }
    for (Matcher m = dayRange.matcher(r.text); m.find(); ) {
      int mo = words.month(m.group(3));
      int y = m.group(4) != null ? Integer.parseInt(m.group(4)) : r.pastYear(mo);
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      if (y > 0 && from < to && to <= YearMonth.of(y, mo).lengthOfMonth()) {
        r.add(m, Span.days(YearMonth.of(y, mo), from, to), DAY, m.group(4) != null ? EXPLICIT : r.yearBasis(),
            null);
      }
    }
    for (Matcher m = dayMonth.matcher(r.text); m.find(); ) {
      r.dayMonthYear(m, Integer.parseInt(m.group(1)), words.month(m.group(2)),
          m.group(3) != null ? Integer.parseInt(m.group(3)) : null);
    }
    for (Matcher m = monthYear.matcher(r.text); m.find(); ) {
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(3)), words.month(m.group(2)));
      r.add(m, r.partOfMonth(ym, m.group(1)), MONTH, EXPLICIT, null);
    }
    for (Matcher m = month.matcher(r.text); m.find(); ) {
      boolean cued = m.group(1) != null || m.group(2) != null || m.group().length() > m.group(3).length();
      boolean beforeBis = r.text.startsWith(" bis ", m.end());
      if (cued || beforeBis) {
        r.bareMonth(m, words.month(m.group(3)), words.direction(m.group(1)), m.group(2));
      }
    }
    for (Matcher m = partOfYear.matcher(r.text); m.find(); ) {
      List<Integer> months = words.yearParts().get(m.group(1));
      r.add(m, Span.months(Integer.parseInt(m.group(2)), months.get(0), months.get(1)), Precision.YEAR, EXPLICIT, null);
    }
    for (Matcher m = YEAR.matcher(r.text); m.find(); ) {
      boolean cued = m.group().length() > m.group(1).length();
      // "2000 Soldaten" is a number: a bare year followed by a noun is read as a year only with a word before it
      boolean countOfThings = !cued && Pattern.compile("^\\s+\\p{Lu}\\p{Ll}").matcher(r.text.substring(m.end())).find()
          && !r.text.startsWith(" Jahr", m.end());
      if (!countOfThings) {
        r.add(m, Span.year(Integer.parseInt(m.group(1))), Precision.YEAR, EXPLICIT, null);
      }
    }
    for (Matcher m = holiday.matcher(r.text); m.find(); ) {
      r.holiday(m, m.group(1), m.group(2));
    }
    for (Matcher m = season.matcher(r.text); m.find(); ) {
      boolean cued = m.group().length() > m.group(2).length();
      if (cued) {
        season(r, m);
      }
    }
  }

  private void relative(DateReading r) {
    LocalDate ref = r.reference;
    for (Matcher m = relativeDay.matcher(r.text); m.find(); ) {
      String w = m.group(1);
      boolean lower = Character.isLowerCase(w.charAt(0));
      boolean sentenceStart = m.start() == 0 || r.text.substring(0, m.start()).matches("(?s).*[.!?:„\"»]\\s*$");
      // "am Morgen" is the morning; only a lower-case "morgen" or one opening a sentence is tomorrow
      if (lower || sentenceStart) {
        int shift = words.relativeDays().get(w.toLowerCase(java.util.Locale.ROOT));
        r.add(m, Span.day(ref.plusDays(shift)), DAY, RELATIVE, null);
      }
    }
    for (Matcher m = relativeAdjective.matcher(r.text); m.find(); ) {
      r.add(m, Span.day(ref.plusDays(words.relativeAdjectives().get(m.group(1)))), DAY, RELATIVE, null);
    }
    for (Matcher m = weekday.matcher(r.text); m.find(); ) {
      r.weekday(m, DayOfWeek.of(words.weekdays().indexOf(m.group(2)) + 1), words.direction(m.group(1)));
    }
    for (Matcher m = deictic.matcher(r.text); m.find(); ) {
      r.deictic(m, words.direction(m.group(1)), words.unitNouns().get(m.group(2)));
    }
    for (Matcher m = counted.matcher(r.text); m.find(); ) {
      int n = words.count(m.group(2));
      if (n > 0) {
        int sign = m.group(1).equalsIgnoreCase("vor") ? -1 : 1;
        r.counted(m, sign * n, words.units().get(m.group(3)));
      }
    }
  }

  /** "im Frühjahr", "im Winter 2024", "im vergangenen Sommer": a season, stated as its year. */
  private void season(DateReading r, Matcher m) {
    int first = words.seasons().get(m.group(2));
    int last = (first + 1) % 12 + 1;
    Direction d = words.direction(m.group(1));
    if (m.group(3) != null) {
      r.add(m, Span.months(Integer.parseInt(m.group(3)), first, last), Precision.YEAR, EXPLICIT, null);
      return;
    }
    if (r.reference == null) {
      return;
    }
    LocalDate ref = r.reference;
    Span current = seasonHolding(ref, first, last);
    Span before = current != null ? current : seasonEndingBefore(ref, first, last);
    Span after = current != null ? current : Span.months(startYear(ref, first, true), first, last);
    if (d == Direction.PAST && current != null) {
      before = seasonEndingBefore(current.start(), first, last);
    }
    if (d == Direction.FUTURE && current != null) {
      after = Span.months(current.start().getYear() + 1, first, last);
    }
    if (d == Direction.FUTURE) {
      r.add(m, after, Precision.YEAR, RELATIVE, null);
    } else if (d != null || before.equals(after)) {
      r.add(m, before, Precision.YEAR, RELATIVE, null);
    } else {
      r.add(m, before, Precision.YEAR, RELATIVE, after);
    }
  }

  private static Span seasonHolding(LocalDate day, int first, int last) {
    for (int y = day.getYear() - 1; y <= day.getYear(); y++) {
      Span s = Span.months(y, first, last);
      if (!day.isBefore(s.start()) && !day.isAfter(s.end())) {
        return s;
      }
    }
    return null;
  }

  private static Span seasonEndingBefore(LocalDate day, int first, int last) {
    for (int y = day.getYear(); ; y--) {
      Span s = Span.months(y, first, last);
      if (s.end().isBefore(day)) {
        return s;
      }
    }
  }

  private static int startYear(LocalDate day, int first, boolean ahead) {
    return LocalDate.of(day.getYear(), first, 1).isAfter(day) == ahead ? day.getYear() : day.getYear() + 1;
  }

  private static Integer twoDigitYear(String y, DateReading r) {
    if (y == null) {
      return null;
    }
    int v = Integer.parseInt(y);
    if (y.length() == 4) {
      return v;
    }
    int century = r.year > 0 ? r.year / 100 * 100 : 2000;
    return century + v > (r.year > 0 ? r.year + 1 : 2100) ? century - 100 + v : century + v;
  }

  private static String alt(Collection<String> options) {
    return DateWords.alternation(options);
  }
}

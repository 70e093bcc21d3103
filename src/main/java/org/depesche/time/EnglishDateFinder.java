package org.depesche.time;

import static org.depesche.time.EventDate.Basis.EXPLICIT;
import static org.depesche.time.EventDate.Basis.RELATIVE;
import static org.depesche.time.EventDate.Precision.DAY;
import static org.depesche.time.EventDate.Precision.MONTH;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.internal.LanguageFiles;
import org.depesche.time.EventDate.Precision;

/**
 * Finds English date expressions, the forms English news uses most: "October 29, 2024", "29 October", "in June",
 * "early 2025", "in the spring", "yesterday", "on Monday", "last week", "two weeks ago", "since 2022", "from March
 * to May", "at Christmas". The words come from {@code depesche/time/en.yaml}; resolution follows
 * {@link GermanDateFinder}.
 */
public final class EnglishDateFinder implements DateFinder {
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern YEAR = Pattern.compile(
      "(?<![\\d.,$€£])(?:(?:in(?: the year)?|[Ss]ince|[Uu]ntil|[Ff]rom|[Bb]y)\\s+)?((?:19|20)\\d{2})(?![\\d.,]\\d)");

  private final DateWords words;
  private final Pattern monthDayYear;
  private final Pattern dayMonthYear;
  private final Pattern monthYear;
  private final Pattern month;
  private final Pattern partOfYear;
  private final Pattern season;
  private final Pattern relativeDay;
  private final Pattern weekday;
  private final Pattern deictic;
  private final Pattern ago;
  private final Pattern ahead;
  private final Pattern holiday;

  private EnglishDateFinder(DateWords words) {
    this.words = words;
    String m = alt(words.months()) + "|" + alt(words.monthAliases().keySet());
    String dir = alt(words.past()) + "|" + alt(words.future()) + "|" + alt(words.current());
    String part = alt(words.yearParts().keySet());
    String num = "\\d{1,3}|" + alt(words.numbers().keySet());
    this.monthDayYear = Pattern.compile("\\b(" + m + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?\\b");
    this.dayMonthYear = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + m
        + ")(?:,?\\s+((?:19|20)\\d{2}))?\\b");
    this.monthYear = Pattern.compile("\\b(?:(" + part + ")[- ])?(" + m + "),?\\s+((?:19|20)\\d{2})\\b");
    // "to" only right after a month: "from March to May"
    this.month = Pattern.compile("\\b(?:(?:in|since|until|from|by|(?<=(?:" + alt(words.months()) + ")\\s)to)\\s+(?:("
        + dir + ")\\s+)?|(" + part + ")[- ])(" + m + ")\\b(?!\\s+\\d)");
    this.partOfYear = Pattern.compile("\\b(" + part + ")[- ]((?:19|20)\\d{2})\\b");
    this.season = Pattern.compile("\\b(?:(?:in\\s+the|this|last|next|in|since\\s+the)\\s+)(" + alt(words.seasons().keySet())
        + ")(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?\\b");
    this.relativeDay = Pattern.compile("\\b(" + alt(words.relativeDays().keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
    this.weekday = Pattern.compile("\\b(?:(?:on|since|until|by|from)\\s+)?(?:(" + dir + ")\\s+)?("
        + alt(words.weekdays()) + ")(?:\\s+(?:" + alt(words.dayParts()) + "))?\\b");
    this.deictic = Pattern.compile("\\b(?:(?:in|over|during|at|since)\\s+the\\s+)?(" + dir + ")\\s+("
        + alt(words.unitNouns().keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
    this.ago = Pattern.compile("\\b(" + num + ")\\s+(" + alt(words.units().keySet()) + ")\\s+ago\\b",
        Pattern.CASE_INSENSITIVE);
    this.ahead = Pattern.compile("\\b(?:in|within)\\s+(" + num + ")\\s+(" + alt(words.units().keySet()) + ")\\b");
    Set<String> holidays = new HashSet<>(words.holidays().keySet());
    holidays.addAll(words.easterHolidays().keySet());
    this.holiday = Pattern.compile("\\b(" + alt(holidays) + ")(?:\\s+((?:19|20)\\d{2}))?\\b");
  }

  /** The finder with the bundled English date words. */
  public static EnglishDateFinder english() {
    return of(LanguageFiles.of("en"));
  }

  /** The finder with the date words of {@code files}. */
  public static EnglishDateFinder of(LanguageFiles files) {
    return new EnglishDateFinder(DateWords.of(files));
  }

  @Override
  public List<TimeExpression> find(String text, LocalDate reference, int year) {
    DateReading r = new DateReading(words, text, reference, reference != null ? reference.getYear() : year);
    for (Matcher x = ISO.matcher(text); x.find(); ) {
      r.day(x, x.group(1), x.group(2), x.group(3));
    }
    for (Matcher x = monthDayYear.matcher(text); x.find(); ) {
      r.dayMonthYear(x, Integer.parseInt(x.group(2)), words.month(x.group(1)),
          x.group(3) == null ? null : Integer.parseInt(x.group(3)));
    }
    for (Matcher x = dayMonthYear.matcher(text); x.find(); ) {
      r.dayMonthYear(x, Integer.parseInt(x.group(1)), words.month(x.group(2)),
          x.group(3) == null ? null : Integer.parseInt(x.group(3)));
    }
    for (Matcher x = monthYear.matcher(text); x.find(); ) {
      r.add(x, r.partOfMonth(YearMonth.of(Integer.parseInt(x.group(3)), words.month(x.group(2))), x.group(1)), MONTH,
          EXPLICIT, null);
    }
    for (Matcher x = month.matcher(text); x.find(); ) {
      r.bareMonth(x, words.month(x.group(3)), words.direction(x.group(1)), x.group(2));
    }
    for (Matcher x = partOfYear.matcher(text); x.find(); ) {
      List<Integer> months = words.yearParts().get(x.group(1).toLowerCase(java.util.Locale.ROOT));
      r.add(x, Span.months(Integer.parseInt(x.group(2)), months.get(0), months.get(1)), Precision.YEAR, EXPLICIT, null);
    }
    for (Matcher x = YEAR.matcher(text); x.find(); ) {
      boolean cued = x.group().length() > x.group(1).length();
      // "2000 soldiers" counts; "the 1995 massacre" and "1995 was" are years
      boolean countOfThings = !cued && Pattern.compile("^\\s+(?!was\\b|is\\b|has\\b)\\p{Ll}+s\\b")
          .matcher(text.substring(x.end())).find();
      if (!countOfThings) {
        r.add(x, Span.year(Integer.parseInt(x.group(1))), Precision.YEAR, EXPLICIT, null);
      }
    }
    for (Matcher x = season.matcher(text); x.find(); ) {
      int first = words.seasons().get(x.group(1));
      if (x.group(2) != null) {
        r.add(x, Span.months(Integer.parseInt(x.group(2)), first, (first + 1) % 12 + 1), Precision.YEAR, EXPLICIT, null);
      }
    }
    if (reference != null) {
      relative(r, reference);
    }
    return Periods.ENGLISH.join(text, r.withoutOverlaps(), reference);
  }

  private void relative(DateReading r, LocalDate ref) {
    for (Matcher x = relativeDay.matcher(r.text); x.find(); ) {
      r.add(x, Span.day(ref.plusDays(words.relativeDays().get(x.group(1).toLowerCase(java.util.Locale.ROOT)))),
          DAY, RELATIVE, null);
    }
    for (Matcher x = weekday.matcher(r.text); x.find(); ) {
      r.weekday(x, DayOfWeek.of(words.weekdays().indexOf(x.group(2)) + 1), words.direction(x.group(1)));
    }
    for (Matcher x = deictic.matcher(r.text); x.find(); ) {
      r.deictic(x, words.direction(x.group(1)), words.unitNouns().get(x.group(2).toLowerCase(java.util.Locale.ROOT)));
    }
    for (Matcher x = ago.matcher(r.text); x.find(); ) {
      r.counted(x, -words.count(x.group(1)), words.units().get(x.group(2).toLowerCase(java.util.Locale.ROOT)));
    }
    for (Matcher x = ahead.matcher(r.text); x.find(); ) {
      r.counted(x, words.count(x.group(1)), words.units().get(x.group(2)));
    }
    for (Matcher x = holiday.matcher(r.text); x.find(); ) {
      r.holiday(x, x.group(1), x.group(2));
    }
  }



  private static String alt(Collection<String> options) {
    return DateWords.alternation(options);
  }
}

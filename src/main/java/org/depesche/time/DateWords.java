package org.depesche.time;

import java.util.List;
import java.util.Map;
import org.depesche.internal.LanguageFiles;

/** The date words of one language: the file its manifest names for {@code dates}. */
record DateWords(List<String> months, Map<String, Integer> monthAliases, List<String> weekdays, List<String> dayParts,
    Map<String, Integer> relativeDays, Map<String, Integer> relativeAdjectives, Map<String, Integer> seasons,
    Map<String, List<Integer>> yearParts, Map<String, List<Integer>> monthParts, List<String> past,
    List<String> future, List<String> current, Map<String, Integer> numbers, Map<String, String> units,
    Map<String, String> unitNouns, Map<String, String> holidays, Map<String, Integer> easterHolidays) {

  static DateWords of(LanguageFiles files) {
    return files.yaml("dates", DateWords.class);
  }

  /** The month number (1-12) of a month word, or 0. */
  int month(String word) {
    int i = months.indexOf(word);
    return i >= 0 ? i + 1 : monthAliases.getOrDefault(word, 0);
  }

  /** Which way an adjective such as "vergangenen", "kommende" or "diesen" points, or null for none. */
  Direction direction(String word) {
    if (word == null) {
      return null;
    }
    word = word.toLowerCase(java.util.Locale.ROOT);
    return past.contains(word) ? Direction.PAST : future.contains(word) ? Direction.FUTURE
        : current.contains(word) ? Direction.CURRENT : null;
  }

  /** A count written in digits or words ("2", "zwei", "einer"), or 0. */
  int count(String word) {
    if (word.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(word);
    }
    return numbers.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), 0);
  }

  /** The day a holiday falls on in year {@code y}, or null for a word that is no holiday. */
  java.time.LocalDate holiday(String word, int y) {
    String fixed = holidays.get(word);
    if (fixed != null) {
      return java.time.LocalDate.parse(y + "-" + fixed);
    }
    Integer fromEaster = easterHolidays.get(word);
    return fromEaster == null ? null : easterSunday(y).plusDays(fromEaster);
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
  static java.time.LocalDate easterSunday(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return java.time.LocalDate.of(y, month, day);
  }

  /** A regular expression matching any of {@code options}, the longest first, each taken literally. */
  static String alternation(java.util.Collection<String> options) {
    return options.stream().sorted((a, b) -> b.length() - a.length()).map(java.util.regex.Pattern::quote)
        .collect(java.util.stream.Collectors.joining("|"));
  }

  /** The way a word points in time. */
  enum Direction { PAST, FUTURE, CURRENT }
}

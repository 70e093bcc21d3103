package org.depesche.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * When an event took place.
 *
 * @param at        the first day of the day, month or year named (a week is stated by the month of its Thursday),
 *                  or null when nothing is known
 * @param precision how much of {@code at} the words say, or null when nothing is known
 * @param basis     what the date rests on, or null when nothing is known
 * @param text      the words the date was read from, or null
 * @param start     the first day the words cover ("seit 2022": 2022-01-01; "im Juni 2024": 2024-06-01), or null
 * @param end       the last day they cover ("seit 2022": the publication date; "bis Mai": 31 May), or null when
 *                  open
 */
public record EventDate(LocalDate at, Precision precision, Basis basis, String text, LocalDate start,
    LocalDate end) {
  /** No date known at all. */
  public static final EventDate UNKNOWN = new EventDate(null, null, null, null, null, null);

  /** How much of a date the words say. */
  public enum Precision {
    DAY, MONTH, YEAR;

    /** The name in the event record: {@code day}, {@code month}, {@code year}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What a date rests on. */
  public enum Basis {
    /** A date written out in the text. */
    EXPLICIT,
    /** Words resolved against the publication date ("gestern", "am Freitag"). */
    RELATIVE,
    /** A day and month whose year was taken from the article's other dates, for an article without a date. */
    INFERRED,
    /** No date in the text: the day the article was published. */
    PUBLICATION;

    /** The name in the event record: {@code explicit}, {@code relative}, {@code inferred}, {@code publication}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A single day. */
  public static EventDate day(LocalDate d, Basis basis, String text) {
    return new EventDate(d, Precision.DAY, basis, text, d, d);
  }

  /** The date as ISO text at its precision ("2024-10-29", "2024-06", "2024"), or null when unknown. */
  public String value() {
    if (at == null) {
      return null;
    }
    return switch (precision) {
      case DAY -> at.toString();
      case MONTH -> YearMonth.from(at).toString();
      case YEAR -> String.valueOf(at.getYear());
    };
  }

  /** The same date read from other words, covering {@code from} to {@code to} (a period). */
  public EventDate covering(String words, LocalDate from, LocalDate to) {
    return new EventDate(at, precision, basis, words, from, to);
  }
}

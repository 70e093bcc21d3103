package org.depesche.time;

/**
 * When an event took place.
 *
 * @param value     ISO date at the given precision ("2024-10-29", "2024-06", "2024"), or null
 * @param precision {@code day}, {@code month} or {@code year}, or null
 * @param basis     {@code explicit} (a date in the text), {@code relative} (resolved against the publication
 *                  date), {@code inferred} (the year taken from the article's other dates), {@code publication}
 *                  (no date in the text), or null when nothing is known
 * @param text      the words the date was read from, or null
 * @param start     the first day the words cover ("seit 2022": 2022-01-01; "im Juni 2024": 2024-06-01), or null
 * @param end       the last day they cover ("seit 2022": the publication date; "bis Mai": 31 May), or null when
 *                  open
 */
public record EventDate(String value, String precision, String basis, String text, String start, String end) {
  /** No date known at all. */
  public static final EventDate UNKNOWN = new EventDate(null, null, null, null, null, null);

  /** A single day. */
  public static EventDate day(java.time.LocalDate d, String basis, String text) {
    return new EventDate(d.toString(), "day", basis, text, d.toString(), d.toString());
  }
}

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
 */
public record EventDate(String value, String precision, String basis, String text) {
  /** No date known at all. */
  public static final EventDate UNKNOWN = new EventDate(null, null, null, null);
}

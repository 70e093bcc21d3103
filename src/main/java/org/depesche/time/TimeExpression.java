package org.depesche.time;

/**
 * A date expression found in a text, resolved.
 *
 * @param begin character offset where it starts (in the text it was found in)
 * @param end   where it ends
 * @param date  the date it names; where the words alone do not say which way to look ("am Montag", "im
 *              Frühjahr"), the one before the reference day
 * @param ahead the one after the reference day for such words, or null when the words say it themselves
 */
public record TimeExpression(int begin, int end, EventDate date, EventDate ahead) {
  /** The date for an event that lies ahead of the reference day ({@code ahead}) or not. */
  public EventDate reading(boolean future) {
    return future && ahead != null ? ahead : date;
  }
}

package org.depesche.actor;

/**
 * A quotation in an article and who said it.
 *
 * @param begin   character offset of the first quoted character
 * @param end     offset after the last quoted character
 * @param text    the quoted words
 * @param speaker who said it, or null when no cue names a speaker
 */
public record QuoteSpan(int begin, int end, String text, Actor speaker) {
  /** Whether character offset {@code offset} lies inside the quotation. */
  public boolean covers(int offset) {
    return offset >= begin && offset < end;
  }
}

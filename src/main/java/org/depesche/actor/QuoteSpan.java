package org.depesche.actor;

/**
 * A quotation in an article and who said it: words in quotation marks, or reported speech ("Der Minister sagte,
 * die Regierung werde ...").
 *
 * @param begin        character offset of the first quoted character
 * @param end          offset after the last quoted character
 * @param text         the quoted words
 * @param direct       whether the words stand in quotation marks
 * @param speaker      who said it, or null when no cue names a speaker
 * @param speakerBegin character offset of the words that name the speaker ("er", "der Präsident"), or -1
 * @param speakerEnd   offset after them, or -1
 */
public record QuoteSpan(int begin, int end, String text, boolean direct, Actor speaker, int speakerBegin,
    int speakerEnd) {
  /** Whether character offset {@code offset} lies inside the quotation. */
  public boolean covers(int offset) {
    return offset >= begin && offset < end;
  }
}

package org.depesche.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences glued by a lost space ("um 10,7 Prozent.Bundeskanzlerin Merkel ..."), common in text extracted from web
 * pages, read as one sentence and one odd token. The annotator reads a copy with a space put back at each such
 * point; this maps the copy's character offsets back to the original text, so evidence offsets stay true.
 */
final class GluedSentences {
  /** A full stop between a word of three lower-case letters or more and a capitalised word. */
  private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{3})\\.(?=\\p{Lu}\\p{Ll}{2})");

  private final String spaced;
  /** Offsets in the spaced copy at which a space was put in, ascending. */
  private final int[] inserted;

  private GluedSentences(String spaced, int[] inserted) {
    this.spaced = spaced;
    this.inserted = inserted;
  }

  static GluedSentences of(String text) {
    Matcher m = GLUED.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 8);
    List<Integer> at = new ArrayList<>();
    int from = 0;
    while (m.find()) {
      out.append(text, from, m.end());
      at.add(out.length());
      out.append(' ');
      from = m.end();
    }
    out.append(text, from, text.length());
    return new GluedSentences(out.toString(), at.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The text to annotate. */
  String spaced() {
    return spaced;
  }

  /** The offset in the original text of offset {@code i} in the spaced copy. */
  int original(int i) {
    int shift = 0;
    while (shift < inserted.length && inserted[shift] < i) {
      shift++;
    }
    return i - shift;
  }
}

package org.depesche.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text names a place, by the rule of issue 12: the place's name or a word built on it appears. The
 * name's first word of at least four letters ("Halle" of "Halle (Saale)", "Kreuznach" of "Bad Kreuznach") must
 * begin a word of the text, ignoring case, so that "Wuppertaler" names Wuppertal. A name without such a word
 * ("Aue") must stand in the text as a whole word.
 */
public final class PlaceMention {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int STEM_LETTERS = 4;

  private PlaceMention() {}

  /** Whether {@code text} names {@code place}; an empty place is named by no text. */
  public static boolean named(String text, String place) {
    String stem = stem(place);
    if (stem == null) {
      return false;
    }
    String end = stem.length() >= STEM_LETTERS ? "" : "(?!\\p{L})";
    return Pattern.compile("(?<!\\p{L})" + Pattern.quote(stem) + end,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
  }

  /** The word of {@code place} a text must show: its first of at least four letters, else its first; or null. */
  static String stem(String place) {
    String first = null;
    var words = WORD.matcher(place == null ? "" : place);
    while (words.find()) {
      String w = words.group();
      if (w.length() >= STEM_LETTERS) {
        return w.toLowerCase(Locale.GERMAN);
      }
      first = first == null ? w.toLowerCase(Locale.GERMAN) : first;
    }
    return first;
  }
}

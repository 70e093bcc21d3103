package org.depesche.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depesche.internal.DataFiles;

/**
 * Drops web-page furniture (photo credits, ad markers, comment counters) from article lines.
 * The patterns live in {@code depesche/article/boilerplate.txt}.
 */
public final class ArticleCleaner {
  /** "Foto: PräsidialamtNach Angaben ...": a credit glued to the first sentence by a lost line break. */
  private static final Pattern GLUED_CREDIT =
      Pattern.compile("^(?:Foto|Bild|Fotos)\\s*:\\s*\\S{0,40}?\\p{Ll}(?=\\p{Lu}\\p{Ll})");
  /**
   * " (Foto: dpa)" inside a line. The search starts only where a run of spaces starts and a credit is short, so that
   * a line of a hundred thousand spaces or of unclosed "(Foto:" takes linear time, not quadratic (found by fuzzing).
   */
  private static final Pattern INLINE_CREDIT =
      Pattern.compile("(?<!\\s)\\s*+\\((?:Foto|Bild|Fotos)\\s*:[^)]{0,200}\\)");

  private final List<Pattern> boilerplate;

  private ArticleCleaner(List<Pattern> boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** The cleaner with the bundled boilerplate patterns. */
  public static ArticleCleaner standard() {
    return new ArticleCleaner(DataFiles.lines("/depesche/article/boilerplate.txt").stream()
        .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList());
  }

  /**
   * Cleans one line.
   *
   * @return the line without furniture, or an empty string when the whole line is furniture
   */
  public String clean(String line) {
    String s = line.strip();
    Matcher glued = GLUED_CREDIT.matcher(s);
    if (glued.find()) {
      s = s.substring(glued.end());
    }
    for (Pattern p : boilerplate) {
      if (p.matcher(s).matches()) {
        return "";
      }
    }
    return INLINE_CREDIT.matcher(s).replaceAll("").strip();
  }
}

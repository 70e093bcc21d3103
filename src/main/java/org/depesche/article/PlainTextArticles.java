package org.depesche.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: the first non-empty line is the title, the rest the body.
 * A {@code Quelle: URL} line gives the article's url, a {@code Datum: 2026-01-22} (or {@code 22.01.2026}) line
 * its publication date; other furniture is dropped by {@link ArticleCleaner}.
 */
public final class PlainTextArticles {
  private static final Pattern SOURCE_LINE = Pattern.compile("^Quelle\\s*:\\s*(https?://\\S+)\\s*$");
  private static final Pattern DATE_LINE = Pattern.compile(
      "^(?:Datum|Veröffentlicht|Stand)\\s*:\\s*(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))\\s*$");

  private final ArticleCleaner cleaner;

  public PlainTextArticles(ArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /**
   * Parses {@code text} as one article called {@code id}.
   *
   * @throws InvalidInputException when there is no text besides furniture
   */
  public Article parse(String id, String text) {
    String title = null;
    String url = null;
    LocalDate published = null;
    List<String> body = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      Matcher source = SOURCE_LINE.matcher(raw.strip());
      if (source.matches()) {
        url = source.group(1);
        continue;
      }
      Matcher date = DATE_LINE.matcher(raw.strip());
      if (date.matches()) {
        published = date.group(1) != null
            ? day(date.group(1), date.group(2), date.group(3)) : day(date.group(6), date.group(5), date.group(4));
        continue;
      }
      String line = cleaner.clean(raw);
      if (line.isEmpty()) {
        continue;
      }
      if (title == null) {
        title = line;
      } else {
        body.add(line);
      }
    }
    if (title == null) {
      throw new InvalidInputException("no article text");
    }
    return new Article(id, title, url, published, null, String.join("\n", body));
  }

  private static LocalDate day(String year, String month, String dayOfMonth) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(dayOfMonth));
    } catch (DateTimeException e) {
      throw new InvalidInputException("bad date line: " + year + "-" + month + "-" + dayOfMonth);
    }
  }
}

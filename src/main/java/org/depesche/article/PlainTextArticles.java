package org.depesche.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: the first non-empty line is the title, the rest the body.
 * A {@code Quelle: URL} line gives the article's url; other furniture is dropped by {@link ArticleCleaner}.
 */
public final class PlainTextArticles {
  private static final Pattern SOURCE_LINE = Pattern.compile("^Quelle\\s*:\\s*(https?://\\S+)\\s*$");

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
    List<String> body = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      Matcher source = SOURCE_LINE.matcher(raw.strip());
      if (source.matches()) {
        url = source.group(1);
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
    return new Article(id, title, url, null, null, String.join("\n", body));
  }
}

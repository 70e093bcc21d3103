package org.depesche.ingest;

import java.util.Locale;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.HtmlArticles;
import org.depesche.article.InvalidInputException;
import org.depesche.article.TextDecoder;

/**
 * Turns a web page that was fetched or archived into an article. The article's url is where the page was found;
 * its id is the page's canonical URL when it names one (so copies of a page under several addresses share an id),
 * else the same address.
 */
final class PageArticles {
  private final HtmlArticles html;

  PageArticles(ArticleCleaner cleaner) {
    this.html = new HtmlArticles(cleaner);
  }

  /** Whether a Content-Type header names an HTML page. */
  static boolean isHtml(String contentType) {
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("text/html") || type.equals("application/xhtml+xml");
  }

  /**
   * Reads the page found at {@code location}.
   *
   * @throws InvalidInputException when the bytes are not text or the page holds no article text
   */
  Article parse(String location, byte[] body) {
    Article page = html.parse(location, TextDecoder.decode(body));
    String canonical = page.url();
    String id = canonical == null || canonical.isBlank() ? location : canonical;
    return new Article(id, page.title(), location, page.published(), page.lang(), page.text());
  }
}

package org.depesche.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a news web page: headline, publication date and canonical URL from the page's metadata,
 * body from the paragraphs of its article element; navigation, asides, scripts and forms are dropped.
 */
public final class HtmlArticles {
  private static final String FURNITURE =
      "script, style, noscript, nav, header, footer, aside, form, iframe, figure figcaption, .ad, .advert, .comments";

  private final ArticleCleaner cleaner;

  public HtmlArticles(ArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /**
   * Parses a page. Broken HTML is tolerated (jsoup repairs it).
   *
   * @throws InvalidInputException when the page has no article text
   */
  public Article parse(String id, String html) {
    Document doc = Jsoup.parse(html);
    String title = firstNonBlank(meta(doc, "og:title"), textOf(doc.selectFirst("h1")), doc.title());
    doc.select(FURNITURE).remove();
    Element root = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"),
        doc.selectFirst("[itemprop=articleBody]"), doc.body());
    List<String> paragraphs = new ArrayList<>();
    Elements blocks = root == null ? new Elements() : root.select("p, h2, h3, li");
    for (Element block : blocks) {
      String text = cleaner.clean(block.text());
      if (text.length() > 1) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty() && root != null && !root.text().isBlank()) {
      paragraphs.add(root.text());
    }
    if (paragraphs.isEmpty()) {
      throw new InvalidInputException("no article text in HTML page");
    }
    String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
    String lang = attr(doc.selectFirst("html"), "lang");
    return new Article(id, title, url, published(doc), lang == null || lang.isBlank() ? null : lang.substring(0, 2),
        String.join("\n", paragraphs));
  }

  private static LocalDate published(Document doc) {
    String value = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"), meta(doc, "pubdate"),
        attr(doc.selectFirst("time[datetime]"), "datetime"));
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return attr(e, "content");
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String textOf(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}

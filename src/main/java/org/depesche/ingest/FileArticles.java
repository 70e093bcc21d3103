package org.depesche.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.HtmlArticles;
import org.depesche.article.InvalidInputException;
import org.depesche.article.PlainTextArticles;
import org.depesche.article.Problem;
import org.depesche.article.TextDecoder;

/**
 * Reads the articles of one file given by its name and a way to open it, from a local disk or from wherever a Spark
 * job reads (HDFS, S3): WARC archives ({@code .warc}, {@code .warc.gz}) and JSON Lines ({@code .jsonl},
 * {@code .ndjson}, either also {@code .gz}) record by record, in bounded memory whatever the size; any other file as
 * one article, HTML ({@code .html}, {@code .htm}) or plain text, of at most 512 MB. Feeds are not files of articles
 * but of links, and {@link Sources} reads them itself.
 */
public final class FileArticles {
  /** A single-article file larger than this is no article. */
  static final long MAX_ARTICLE_FILE_BYTES = 512L * 1024 * 1024;

  /** Opens the file's bytes; called at most once, when the file's turn comes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final WarcArticles warcs;
  private final HtmlArticles html;
  private final PlainTextArticles plainText;

  public FileArticles(ArticleCleaner cleaner) {
    this.warcs = new WarcArticles(new PageArticles(cleaner));
    this.html = new HtmlArticles(cleaner);
    this.plainText = new PlainTextArticles(cleaner);
  }

  /** Whether a file of this name is an archive or corpus read record by record, rather than one article. */
  public static boolean holdsMany(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return isWarc(n) || isJsonLines(n);
  }

  /**
   * The articles of the file {@code name} (its last path segment, which is also the id of a single-article file),
   * reported under {@code where}. Never throws for bad input: a file that cannot be read is one problem.
   */
  public ArticleCursor open(String name, String where, Opener opener, Consumer<Problem> problems) {
    String n = name.toLowerCase(Locale.ROOT);
    try {
      if (isWarc(n)) {
        return warcs.open(opener.open(), where, problems);
      }
      if (isJsonLines(n)) {
        InputStream in = new BufferedInputStream(opener.open(), 1 << 16);
        return new JsonLinesReader(n.endsWith(".gz") ? new BufferedInputStream(new GZIPInputStream(in), 1 << 16) : in,
            where, problems);
      }
      return ArticleCursor.of(List.of(single(name, opener)));
    } catch (InvalidInputException e) {
      problems.accept(new Problem(where, e.getMessage()));
    } catch (IOException e) {
      problems.accept(new Problem(where, "cannot read: " + e.getMessage()));
    }
    return ArticleCursor.of(List.of());
  }

  private Article single(String name, Opener opener) throws IOException {
    byte[] bytes;
    try (InputStream in = opener.open()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ARTICLE_FILE_BYTES + 1));
    }
    if (bytes.length > MAX_ARTICLE_FILE_BYTES) {
      throw new InvalidInputException("file larger than 512 MB");
    }
    String text = TextDecoder.decode(bytes);
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") ? html.parse(name, text) : plainText.parse(name, text);
  }

  private static boolean isWarc(String lowerName) {
    return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
  }

  private static boolean isJsonLines(String lowerName) {
    String n = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }
}

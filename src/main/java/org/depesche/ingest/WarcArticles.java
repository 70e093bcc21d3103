package org.depesche.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.depesche.article.Article;
import org.depesche.article.InvalidInputException;
import org.depesche.article.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the news pages of a WARC archive ({@code .warc} or {@code .warc.gz}, as Common Crawl's CC-NEWS publishes
 * them): every {@code response} record of an HTTP 200 with an HTML body becomes an article. Requests, metadata,
 * redirects, error pages and non-HTML captures are skipped without a word, as an archive is full of them.
 */
final class WarcArticles {
  private final PageArticles pages;

  WarcArticles(PageArticles pages) {
    this.pages = pages;
  }

  /**
   * Reads every article of {@code file} into memory: for callers that want a list. A record whose page holds no
   * article is reported under its target URI; a damaged archive is reported under the file name, keeping the
   * articles read before the damage.
   */
  List<Article> read(Path file, Consumer<Problem> problems) {
    List<Article> articles = new ArrayList<>();
    try (ArticleCursor cursor = open(file, problems)) {
      cursor.forEachRemaining(articles::add);
    }
    return articles;
  }

  /** The articles of {@code file}, read one record at a time (see {@link #open(InputStream, String, Consumer)}). */
  ArticleCursor open(Path file, Consumer<Problem> problems) {
    try {
      return open(Files.newInputStream(file), file.toString(), problems);
    } catch (IOException e) {
      problems.accept(new Problem(file.toString(), "cannot read: " + oneLine(e.getMessage())));
      return ArticleCursor.of(List.of());
    }
  }

  /**
   * The articles of the archive in {@code in} (plain or gzipped, as jwarc tells by its first bytes), read one record
   * at a time, so that an archive of any size passes in bounded memory. Problems are reported as {@link #read}
   * says, the archive's under {@code where}; the stream is closed with the cursor.
   */
  ArticleCursor open(InputStream in, String where, Consumer<Problem> problems) {
    return new LazyArticles() {
      private WarcReader reader;

      @Override
      protected Article read() {
        try {
          if (reader == null) {
            reader = new WarcReader(in);
          }
          for (Optional<WarcRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
            if (record.get() instanceof WarcResponse response) {
              Optional<Article> article = page(response, problems);
              if (article.isPresent()) {
                return article.get();
              }
            }
          }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
          problems.accept(new Problem(where, "corrupt WARC archive: " + oneLine(e.getMessage())));
        }
        return null;
      }

      @Override
      protected void release() {
        try {
          if (reader != null) {
            reader.close();
          }
          in.close();
        } catch (IOException e) {
          problems.accept(new Problem(where, "cannot close: " + oneLine(e.getMessage())));
        }
      }
    };
  }

  private Optional<Article> page(WarcResponse response, Consumer<Problem> problems) {
    String target = response.target();
    // by string, not URI: archives hold addresses java.net.URI refuses, and dns: or ftp: captures hold no page;
    // a response without WARC-Target-URI (a damaged header, found by fuzzing) has no address to read it under
    if (target == null || !target.toLowerCase(Locale.ROOT).startsWith("http")) {
      return Optional.empty();
    }
    try {
      HttpResponse http = response.http();
      String contentType = http.headers().first("Content-Type").orElse("");
      if (http.status() != 200 || !PageArticles.isHtml(contentType)) {
        return Optional.empty();
      }
      byte[] body;
      // bodyDecoded undoes the chunking and gzip that some crawlers store as they were sent
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readNBytes(HttpFetcher.MAX_BODY_BYTES + 1);
      }
      if (body.length > HttpFetcher.MAX_BODY_BYTES) {
        throw new InvalidInputException("page larger than " + HttpFetcher.MAX_BODY_BYTES / (1024 * 1024) + " MB");
      }
      return Optional.of(pages.parse(target, body));
    } catch (InvalidInputException e) {
      problems.accept(new Problem(target, e.getMessage()));
    } catch (IOException e) {
      // one badly recorded or oddly encoded response; the record lengths still lead to the next one, and if the
      // archive itself is broken, reading the next record says so
      problems.accept(new Problem(target, "unreadable HTTP response: " + oneLine(e.getMessage())));
    }
    return Optional.empty();
  }

  /** A parser's message as one line, cut short: it may quote a whole broken input (found by fuzzing). */
  private static String oneLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }
}

package org.depesche.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.ArticleFiles;
import org.depesche.article.InvalidInputException;
import org.depesche.article.Problem;

/**
 * Reads articles from wherever the user points: a file or folder on disk (text, JSON Lines, HTML, WARC archives,
 * RSS and Atom feeds), a web page, or a feed on the web whose linked pages are fetched. Whatever cannot be read
 * becomes a {@link Problem} with a one-line message, and the rest is read all the same. {@link #open} reads lazily,
 * in bounded memory whatever the size of the sources; {@link #read} gives a list, for what is small anyway.
 */
public final class Sources {
  private static final long MAX_FEED_FILE_BYTES = 512L * 1024 * 1024;

  private final FileArticles files;
  private final PageArticles pages;
  private final HttpFetcher fetcher;

  public Sources(ArticleCleaner cleaner, HttpFetcher fetcher) {
    this.files = new FileArticles(cleaner);
    this.pages = new PageArticles(cleaner);
    this.fetcher = fetcher;
  }

  /**
   * Reads every article of {@code source} into memory: an {@code http(s)://} URL of a page or feed, or a file or
   * folder (recursively, in name order; hidden and {@code .md} files skipped). Never throws for bad input. For
   * corpora of any size, {@link #open} reads one article at a time instead.
   */
  public List<Article> read(String source, Consumer<Problem> problems) {
    List<Article> articles = new ArrayList<>();
    try (ArticleCursor cursor = open(List.of(source), problems)) {
      cursor.forEachRemaining(articles::add);
    }
    return articles;
  }

  /**
   * The articles of every source in turn, as {@link #read} finds them, read lazily: one file open at a time, one
   * record of a WARC archive or JSON Lines corpus in memory at a time. Each bad source or record goes to
   * {@code problems} when the cursor reaches it.
   */
  public ArticleCursor open(List<String> sourceList, Consumer<Problem> problems) {
    Iterator<String> each = List.copyOf(sourceList).iterator();
    return new ChainedArticles(new Iterator<>() {
      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public Supplier<ArticleCursor> next() {
        String source = each.next();
        return () -> open(source, problems);
      }
    });
  }

  private ArticleCursor open(String source, Consumer<Problem> problems) {
    if (isUrl(source)) {
      return ArticleCursor.of(readUrl(source.strip(), problems));
    }
    Optional<Path> path = existingPath(source, problems);
    if (path.isEmpty()) {
      return ArticleCursor.of(List.of());
    }
    Iterator<Path> paths = ArticleFiles.files(path.get(), problems).iterator();
    return new ChainedArticles(new Iterator<>() {
      @Override
      public boolean hasNext() {
        return paths.hasNext();
      }

      @Override
      public Supplier<ArticleCursor> next() {
        Path file = paths.next();
        return () -> openFile(file, problems);
      }
    });
  }

  /**
   * The entry links of the feed at {@code feedSource} (a URL or a file), in feed order, without fetching the
   * pages: for watching a feed for new items. Entries without a link are reported.
   */
  public List<String> feedLinks(String feedSource, Consumer<Problem> problems) {
    List<String> links = new ArrayList<>();
    for (FeedEntry entry : feedEntries(feedSource, problems)) {
      links.add(entry.link());
    }
    return links;
  }

  /** Fetches the web page at {@code url} and reads it as an article; empty, with a problem reported, if that fails. */
  public Optional<Article> page(String url, Consumer<Problem> problems) {
    try {
      return Optional.of(article(fetcher.fetch(uri(url))));
    } catch (IOException | RuntimeException e) {
      problems.accept(new Problem(url, message(e)));
      return Optional.empty();
    }
  }

  private List<Article> readUrl(String url, Consumer<Problem> problems) {
    try {
      Fetched fetched = fetcher.fetch(uri(url));
      // servers label feeds every which way (text/html, text/plain, application/octet-stream), so the body decides
      if (FeedReader.isFeed(fetched.body())) {
        return feedArticles(url, () -> FeedReader.entries(fetched.body(), fetched.contentType(), fetched.uri()),
            problems);
      }
      return List.of(article(fetched));
    } catch (IOException | RuntimeException e) {
      problems.accept(new Problem(url, message(e)));
      return List.of();
    }
  }

  /** The fetched page as an article, at the address it was finally fetched from. */
  private Article article(Fetched fetched) {
    if (!fetched.contentType().isBlank() && !PageArticles.isHtml(fetched.contentType())) {
      throw new InvalidInputException("not an HTML page but " + fetched.contentType());
    }
    return pages.parse(fetched.uri().toString(), fetched.body());
  }

  private ArticleCursor openFile(Path file, Consumer<Problem> problems) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String where = file.toString();
    try {
      if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
        byte[] bytes = feedFileBytes(file);
        // a .rss or .atom file says it is a feed, so failing to parse it is a problem; a .xml file may be anything
        if (!lower.endsWith(".xml") || FeedReader.isFeed(bytes)) {
          return ArticleCursor.of(feedArticles(where, () -> FeedReader.entries(bytes, "", null), problems));
        }
      }
      if (!FileArticles.holdsMany(name) && Files.size(file) > FileArticles.MAX_ARTICLE_FILE_BYTES) {
        throw new InvalidInputException("file larger than 512 MB");
      }
      return files.open(name, where, () -> Files.newInputStream(file), problems);
    } catch (IOException | RuntimeException e) {
      problems.accept(new Problem(where, message(e)));
      return ArticleCursor.of(List.of());
    }
  }

  /** Fetches the page of every entry, filling in the entry's title and date where the page gives none. */
  private List<Article> feedArticles(String where, EntrySource source, Consumer<Problem> problems) {
    List<Article> articles = new ArrayList<>();
    for (FeedEntry entry : entries(where, source, problems)) {
      page(entry.link(), problems).ifPresent(a -> articles.add(withEntryDefaults(a, entry)));
    }
    return articles;
  }

  private List<FeedEntry> feedEntries(String feedSource, Consumer<Problem> problems) {
    String where = feedSource.strip();
    if (isUrl(where)) {
      return entries(where, () -> {
        Fetched fetched = fetcher.fetchFeed(uri(where));
        if (!FeedReader.isFeed(fetched.body())) {
          throw new InvalidInputException("not an RSS or Atom feed");
        }
        return FeedReader.entries(fetched.body(), fetched.contentType(), fetched.uri());
      }, problems);
    }
    Optional<Path> path = existingPath(feedSource, problems);
    if (path.isEmpty()) {
      return List.of();
    }
    if (Files.isDirectory(path.get())) {
      problems.accept(new Problem(feedSource, "a folder, not a feed"));
      return List.of();
    }
    return entries(where, () -> FeedReader.entries(feedFileBytes(path.get()), "", null), problems);
  }

  /** The entries with a link; everything that goes wrong on the way is reported under {@code where}. */
  private static List<FeedEntry> entries(String where, EntrySource source, Consumer<Problem> problems) {
    List<FeedEntry> all;
    try {
      all = source.entries();
    } catch (IOException | RuntimeException e) {
      problems.accept(new Problem(where, message(e)));
      return List.of();
    }
    List<FeedEntry> linked = new ArrayList<>();
    for (FeedEntry entry : all) {
      if (entry.link() == null) {
        problems.accept(new Problem(where, "feed entry without a link: \"" + entry.title() + "\""));
      } else {
        linked.add(entry);
      }
    }
    return linked;
  }

  private static Article withEntryDefaults(Article page, FeedEntry entry) {
    String title = page.title().isBlank() ? entry.title() : page.title();
    LocalDate published = page.published() == null ? entry.published() : page.published();
    return new Article(page.id(), title, page.url(), published, page.lang(), page.text());
  }

  private static byte[] feedFileBytes(Path file) throws IOException {
    if (Files.size(file) > MAX_FEED_FILE_BYTES) {
      throw new InvalidInputException("file larger than 512 MB");
    }
    return Files.readAllBytes(file);
  }

  private static Optional<Path> existingPath(String source, Consumer<Problem> problems) {
    try {
      Path path = Path.of(source);
      if (Files.exists(path)) {
        return Optional.of(path);
      }
      problems.accept(new Problem(source, "no such file"));
    } catch (InvalidPathException e) {
      problems.accept(new Problem(source, "not a valid path: " + e.getReason()));
    }
    return Optional.empty();
  }

  private static boolean isUrl(String source) {
    String s = source.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static URI uri(String url) {
    try {
      return URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("malformed URL: " + e.getMessage());
    }
  }

  /**
   * The one-line message for a failure. Runtime exceptions the readers did not foresee are reported like any other
   * failure, so that one odd input cannot stop a batch.
   */
  private static String message(Exception e) {
    if (e instanceof FetchException fetch) {
      return fetch.reason();
    }
    if (e instanceof InvalidInputException) {
      return e.getMessage();
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "cannot read: " + detail.replaceAll("\\s+", " ").strip();
  }

  /** Where a feed's entries come from: parsing a file, or fetching and parsing a URL. */
  @FunctionalInterface
  private interface EntrySource {
    List<FeedEntry> entries() throws IOException;
  }
}

package org.depesche.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders by file type: {@code .jsonl} corpora, {@code .html}/{@code .htm}
 * pages, anything else as a plain-text article. A file that cannot be read is reported and skipped.
 *
 * <p>The commands read through {@code ingest.Sources}, which adds WARC archives, feeds and URLs and hands every
 * other file to {@link #readFile}; tests that need only local files use this class directly.
 */
public final class ArticleFiles {
  private final PlainTextArticles plainText;
  private final HtmlArticles html;

  public ArticleFiles(ArticleCleaner cleaner) {
    this.plainText = new PlainTextArticles(cleaner);
    this.html = new HtmlArticles(cleaner);
  }

  /** Reads every article in {@code paths} (folders recursively, in name order). */
  public List<Article> read(List<Path> paths, Consumer<Problem> problems) {
    List<Article> articles = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : files(path, problems)) {
        articles.addAll(readFile(file, problems));
      }
    }
    return articles;
  }

  /** Reads one file: all its articles, or none with a problem reported. */
  public List<Article> readFile(Path file, Consumer<Problem> problems) {
    String name = file.getFileName().toString();
    String where = file.toString();
    try {
      if (Files.size(file) > 512L * 1024 * 1024) {
        throw new InvalidInputException("file larger than 512 MB");
      }
      String text = TextDecoder.decode(Files.readAllBytes(file));
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
        return JsonLinesArticles.parse(where, text, problems);
      }
      if (lower.endsWith(".html") || lower.endsWith(".htm")) {
        return List.of(html.parse(name, text));
      }
      return List.of(plainText.parse(name, text));
    } catch (InvalidInputException e) {
      problems.accept(new Problem(where, e.getMessage()));
    } catch (IOException e) {
      problems.accept(new Problem(where, "cannot read: " + e.getMessage()));
    }
    return List.of();
  }

  /**
   * The article files a path stands for: the file itself, or a folder's files recursively in name order, without
   * hidden files and notes ({@code .md}). A missing path or an unreadable folder is reported and gives none.
   */
  public static List<Path> files(Path path, Consumer<Problem> problems) {
    if (!Files.exists(path)) {
      problems.accept(new Problem(path.toString(), "no such file"));
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .sorted().toList();
    } catch (IOException e) {
      problems.accept(new Problem(path.toString(), "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }
}

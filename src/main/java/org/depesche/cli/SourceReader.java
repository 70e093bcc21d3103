package org.depesche.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.ArticleFiles;
import org.depesche.article.Problem;

/** Reads the articles of one ingest source, with the command's defaults for date and language. */
final class SourceReader {
  private final InputOptions options;

  SourceReader(InputOptions options) {
    this.options = options;
  }

  List<Article> read(String source, Consumer<Problem> problems) {
    List<Article> out = new ArrayList<>();
    for (Article a : new ArticleFiles(ArticleCleaner.standard()).read(List.of(Path.of(source)), problems)) {
      out.add(options.withDefaults(a));
    }
    return out;
  }
}

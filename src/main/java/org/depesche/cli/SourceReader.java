package org.depesche.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.Problem;
import org.depesche.ingest.HttpFetcher;
import org.depesche.ingest.Sources;

/** Reads the articles of one ingest source (file, folder, WARC, feed or URL), with the command's defaults. */
final class SourceReader {
  private final InputOptions options;
  private final Sources sources = new Sources(ArticleCleaner.standard(), new HttpFetcher());

  SourceReader(InputOptions options) {
    this.options = options;
  }

  List<Article> read(String source, Consumer<Problem> problems) {
    List<Article> out = new ArrayList<>();
    for (Article a : sources.read(source, problems)) {
      out.add(options.withDefaults(a));
    }
    return out;
  }

  Sources sources() {
    return sources;
  }
}

package org.depesche.cli;

import java.util.List;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.ingest.ArticleCursor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The articles a command codes, from wherever {@code ingest} reads them, with the options for reading them. */
final class ArticleArguments {
  @Parameters(arity = "1..*", paramLabel = "SOURCE",
      description = "Articles: .txt, .jsonl, .html, .warc(.gz), .rss, .atom files or folders, or page or feed URLs.")
  List<String> sources;

  @Mixin
  InputOptions options;

  /** Reads the articles; bad sources and records are printed one line each and added to {@code problems}. */
  List<Article> read(List<Problem> problems) {
    return options.read(sources, problems);
  }

  /**
   * The articles, read one at a time as the cursor is used, in bounded memory whatever the size of the sources; bad
   * sources and records are printed one line each and added to {@code problems} as they are met.
   */
  ArticleCursor open(List<Problem> problems) {
    return options.open(sources, p -> {
      System.err.println("depesche: skipped " + p);
      problems.add(p);
    });
  }
}

package org.depesche.cli;

import java.nio.file.Path;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The article files a command codes, with the options for reading them. */
final class ArticleArguments {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles: .txt, .jsonl, .html files or folders.")
  List<Path> files;

  @Mixin
  InputOptions options;

  /** Reads the articles; bad files and records are printed one line each and added to {@code problems}. */
  List<Article> read(List<Problem> problems) {
    return options.read(files, problems);
  }
}

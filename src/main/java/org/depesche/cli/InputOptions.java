package org.depesche.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.ArticleFiles;
import org.depesche.article.Problem;
import picocli.CommandLine.Option;

/** The options every command that reads articles shares. */
final class InputOptions {
  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none.")
  LocalDate published;

  @Option(names = "--lang", paramLabel = "de|en", description = "Language of the articles (default: de).")
  String lang;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "A YAML file of extra actors (countries, organisations, institutions, people, roles), as the "
          + "bundled files; its entries win over bundled ones. Repeatable.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The pipeline, with the user's actor files. */
  org.depesche.pipeline.Pipeline pipeline() {
    return org.depesche.pipeline.Pipeline.of(new org.depesche.pipeline.German(), actorFiles);
  }

  /** Reads the articles; each bad file or record is printed to standard error as one line and added to problems. */
  List<Article> read(List<Path> paths, List<Problem> problems) {
    List<Article> articles = readQuietly(paths, problems);
    problems.forEach(p -> System.err.println("depesche: skipped " + p));
    return articles;
  }

  private List<Article> readQuietly(List<Path> paths, List<Problem> problems) {
    if (lang != null && !lang.equals("de")) {
      throw new IllegalArgumentException("language '" + lang + "' is not supported yet (only de)");
    }
    List<Article> out = new ArrayList<>();
    for (Article a : new ArticleFiles(ArticleCleaner.standard()).read(paths, problems::add)) {
      out.add(withDefaults(a));
    }
    return out;
  }

  /** The article with the publication date and language of the options where it has none. */
  Article withDefaults(Article a) {
    if (lang != null && !lang.equals("de")) {
      throw new IllegalArgumentException("language '" + lang + "' is not supported yet (only de)");
    }
    Article withDate = a.published() == null && published != null ? a.withPublished(published) : a;
    return withDate.lang() == null ? withDate.withLang("de") : withDate;
  }
}

package org.depesche.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.depesche.article.Article;
import org.depesche.article.ArticleCleaner;
import org.depesche.article.Problem;
import org.depesche.event.Event;
import org.depesche.ingest.ArticleCursor;
import org.depesche.ingest.HttpFetcher;
import org.depesche.ingest.Sources;
import org.depesche.pipeline.Language;
import org.depesche.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The options every command that reads and codes articles shares, and the reading itself. */
final class InputOptions {
  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none.")
  LocalDate published;

  @Option(names = "--lang", paramLabel = "auto|de|en", description = "Language of the articles: auto (default) "
      + "codes each in its language (as the article names it, else detected; an article in another language is "
      + "reported), de or en codes all articles without one as that language.")
  String lang = "auto";

  @Option(names = "--actors", paramLabel = "FILE",
      description = "A YAML file of extra actors (countries, organisations, institutions, people, roles), as the "
          + "bundled files; its entries win over bundled ones. Repeatable.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  private Sources sources;
  /** Chosen once: building a language reads its manifest, and {@link #withDefaults} asks for it per article. */
  private Language language;

  /** The pipeline, with the user's actor files. */
  Pipeline pipeline() {
    return auto() ? Pipeline.auto(actorFiles) : Pipeline.of(language(), actorFiles);
  }

  /** Whether each article is coded in its own language. */
  boolean auto() {
    return "auto".equals(lang);
  }

  /**
   * Codes {@code articles} with {@link #pipeline()} on {@code --threads} threads and returns all their events; an
   * article whose coding fails is named in one line on standard error and left out.
   */
  List<Event> events(List<Article> articles) {
    return pipeline().codeAll(articles, threads,
        (a, e) -> System.err.println("depesche: coding " + a.id() + " failed: " + e)).stream()
        .flatMap(c -> c.events().stream()).toList();
  }

  /**
   * The language of {@code --lang} (null for auto); one Depesche does not code is refused with a one-line message.
   */
  Language language() {
    if (language == null && !auto()) {
      language = Language.forCode(lang);
    }
    return language;
  }

  /** Where articles come from: files, folders, WARC archives, feeds and web pages. */
  Sources sources() {
    if (sources == null) {
      sources = new Sources(ArticleCleaner.standard(), new HttpFetcher());
    }
    return sources;
  }

  /**
   * Reads the articles of every source (a file, folder, WARC archive, feed, or page or feed URL), with the
   * defaults of these options; each bad source or record is handed to {@code problems} as it is found.
   */
  List<Article> read(List<String> sourceList, Consumer<Problem> problems) {
    language();
    List<Article> out = new ArrayList<>();
    for (String source : sourceList) {
      for (Article a : sources().read(source, problems)) {
        out.add(withDefaults(a));
      }
    }
    return out;
  }

  /**
   * The articles of every source, read one at a time as the cursor is used (WARC archives and JSON Lines record by
   * record, one file open at a time), with the defaults of these options: {@code ingest} and {@code code} read
   * corpora of any size so. Each bad source or record goes to {@code problems} when the cursor reaches it.
   */
  ArticleCursor open(List<String> sourceList, Consumer<Problem> problems) {
    language();
    return sources().open(sourceList, problems).map(this::withDefaults);
  }

  /** Reads as above, printing each problem as one line on standard error and adding it to {@code problems}. */
  List<Article> read(List<String> sourceList, List<Problem> problems) {
    return read(sourceList, p -> {
      System.err.println("depesche: skipped " + p);
      problems.add(p);
    });
  }

  /** The article with the publication date and language of the options where it has none. */
  Article withDefaults(Article a) {
    String code = auto() ? null : language().code();
    Article withDate = a.published() == null && published != null ? a.withPublished(published) : a;
    return withDate.lang() == null ? withDate.withLang(code) : withDate;
  }
}

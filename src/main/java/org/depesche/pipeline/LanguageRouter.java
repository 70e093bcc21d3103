package org.depesche.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.depesche.article.Article;
import org.depesche.article.LanguageGuess;

/**
 * Codes each article in its own language ({@code --lang auto}): the language the article names, else the one
 * {@link LanguageGuess} detects. A language's models and data are loaded when its first article comes. An article in
 * a language Depesche does not code, or whose language cannot be told, fails with a message that says so, so that
 * it is reported rather than silently giving no events.
 */
final class LanguageRouter implements Stage<Article, CodedArticle> {
  private final List<Path> actorFiles;
  private final LanguageGuess guess;
  private final Map<String, Stage<Article, CodedArticle>> chains = new ConcurrentHashMap<>();

  LanguageRouter(List<Path> actorFiles, LanguageGuess guess) {
    this.actorFiles = List.copyOf(actorFiles);
    this.guess = guess;
  }

  @Override
  public CodedArticle apply(Article article) {
    String code = article.lang() != null ? article.lang()
        : guess.of(article.analysedText()).orElseThrow(() -> new UnsupportedLanguageException(
            "article " + article.id() + ": its language cannot be told (too short or mixed); give it with --lang"));
    Article withLang = article.lang() != null ? article : article.withLang(code);
    return chains.computeIfAbsent(code, this::load).apply(withLang);
  }

  private Stage<Article, CodedArticle> load(String code) {
    Language language;
    try {
      language = Language.forCode(code);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedLanguageException("language '" + code + "' is not coded (Depesche codes: "
          + Language.CODED + ")");
    }
    return language.stages(language.annotator(), language.lexicon(actorFiles));
  }

  /** An article in a language Depesche does not code, or whose language cannot be told. */
  static final class UnsupportedLanguageException extends RuntimeException {
    UnsupportedLanguageException(String message) {
      super(message);
    }

    /** The message alone: it is printed as the reason an article was skipped, where a class name means nothing. */
    @Override
    public String toString() {
      return getMessage();
    }
  }
}

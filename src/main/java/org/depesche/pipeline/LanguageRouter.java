package org.depesche.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.depesche.article.Article;
import org.depesche.article.LanguageGuess;

/**
 * Codes each article in its own language ({@code --lang auto}): the language the article names, else the one
 * {@link LanguageGuess} detects. A language's models and data are loaded when its first article comes. An article
 * clearly in a language Depesche does not code fails with a message that says so, so that it is reported rather than
 * silently giving no events; one too short or mixed to tell (a two-line police report, a text full of markup) is
 * coded in the coded language the detector favours, German where it favours none.
 */
final class LanguageRouter implements Stage<Article, CodedArticle> {
  /** The languages Depesche codes, the one to fall back on first. */
  private static final List<String> CODED = List.of("de", "en");
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
        : guess.of(article.analysedText()).orElseGet(() -> guess.likeliestOf(article.analysedText(), CODED));
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

  /** An article in a language Depesche does not code. */
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

package org.depesche.pipeline;

import java.util.List;
import java.util.function.Predicate;
import org.depesche.article.Article;
import org.depesche.nlp.LinguisticAnnotator;
import org.depesche.nlp.Token;

/** The first stage: splits the article's title and text into sentences, tags them and parses those worth it. */
public final class Annotate implements Stage<Article, CodedArticle> {
  private final LinguisticAnnotator annotator;
  private final Predicate<List<Token>> worthParsing;

  /**
   * @param worthParsing which sentences get a dependency parse: parsing is the expensive step, and a sentence
   *                     without a trigger word or a possible actor cannot give an event
   */
  public Annotate(LinguisticAnnotator annotator, Predicate<List<Token>> worthParsing) {
    this.annotator = annotator;
    this.worthParsing = worthParsing;
  }

  @Override
  public CodedArticle apply(Article article) {
    return new CodedArticle(article, annotator.annotate(article.analysedText(), worthParsing), null, List.of(),
        List.of());
  }
}

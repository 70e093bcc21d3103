package org.depesche.pipeline;

import java.util.List;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteSpan;
import org.depesche.article.Article;
import org.depesche.event.Event;
import org.depesche.nlp.Sentence;

/**
 * An article as it moves through the pipeline; each stage fills in more.
 *
 * @param article   the article read
 * @param sentences its analysed sentences (the title is sentence 0)
 * @param actors    the actors found, or null before that stage
 * @param quotes    the quotations found
 * @param events    the events coded so far
 */
public record CodedArticle(Article article, List<Sentence> sentences, ArticleActors actors, List<QuoteSpan> quotes,
    List<Event> events) {
  public CodedArticle {
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** The same article with other events. */
  public CodedArticle withEvents(List<Event> newEvents) {
    return new CodedArticle(article, sentences, actors, quotes, newEvents);
  }
}

package org.depesche.spark;

import java.util.ArrayList;
import java.util.List;
import org.depesche.article.Article;
import org.depesche.article.Problem;
import org.depesche.event.Event;
import org.depesche.pipeline.CodedArticle;

/** Codes one article in a task, with the executor's {@link Models}: its rows, or an error row if coding fails. */
final class Coder {
  private Coder() {}

  static List<Outcome> code(Article read, JobOptions options) {
    Article article = options.withDefaults(read);
    CodedArticle coded;
    try {
      coded = Models.pipeline(options.lang()).code(article);
    } catch (RuntimeException | StackOverflowError e) {
      // one article the pipeline cannot code is an error row, never a failed task
      return List.of(new Outcome(Outcome.ERRORS, Tables.error(new Problem(article.id(), "coding failed: " + e),
          "code")));
    }
    List<Outcome> out = new ArrayList<>();
    out.add(new Outcome(Outcome.ARTICLES, Tables.article(article, coded.events().size())));
    for (Event e : coded.events()) {
      out.add(new Outcome(Outcome.EVENTS, Tables.event(e)));
    }
    return out;
  }
}

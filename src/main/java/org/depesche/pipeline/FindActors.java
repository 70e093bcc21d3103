package org.depesche.pipeline;

import org.depesche.actor.ActorFinder;
import org.depesche.actor.ArticleActors;
import org.depesche.actor.QuoteFinder;

/** Finds the article's actors (resolved on its publication date), then its quotations and their speakers. */
public final class FindActors implements Stage<CodedArticle, CodedArticle> {
  private final ActorFinder actors;
  private final QuoteFinder quotes;

  public FindActors(ActorFinder actors, QuoteFinder quotes) {
    this.actors = actors;
    this.quotes = quotes;
  }

  @Override
  public CodedArticle apply(CodedArticle in) {
    ArticleActors found = actors.find(in.sentences(), in.article().published());
    return new CodedArticle(in.article(), in.sentences(), found,
        quotes.find(in.article().analysedText(), in.sentences(), found), in.events());
  }
}

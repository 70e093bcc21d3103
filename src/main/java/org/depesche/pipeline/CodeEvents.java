package org.depesche.pipeline;

import org.depesche.event.EventCoder;

/** Codes the events: who did what to whom, from the patterns and the actors found. Undated and asserted so far. */
public final class CodeEvents implements Stage<CodedArticle, CodedArticle> {
  private final EventCoder coder;

  public CodeEvents(EventCoder coder) {
    this.coder = coder;
  }

  @Override
  public CodedArticle apply(CodedArticle in) {
    return in.withEvents(coder.code(in.article(), in.sentences(), in.actors(), in.quotes()));
  }
}

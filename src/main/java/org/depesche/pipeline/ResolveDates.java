package org.depesche.pipeline;

import org.depesche.event.Modality;
import org.depesche.time.DateResolver;
import org.depesche.time.Outlook;

/**
 * Gives each event the day it happened. Runs after {@link Qualify}: words that do not say which way to look
 * ("am Freitag") mean the coming Friday for a plan or a hypothesis and the last one for a report.
 */
public final class ResolveDates implements Stage<CodedArticle, CodedArticle> {
  private final DateResolver dates;

  public ResolveDates(DateResolver dates) {
    this.dates = dates;
  }

  @Override
  public CodedArticle apply(CodedArticle in) {
    if (in.events().isEmpty()) {
      return in;
    }
    DateResolver.ArticleDates article =
        dates.read(in.sentences(), in.article().analysedText(), in.article().published());
    return in.withEvents(in.events().stream().map(e -> e.withDate(article.of(e.sentence(), e.triggerAt(),
        e.modality() == Modality.INTENDED || e.modality() == Modality.HYPOTHETICAL ? Outlook.AHEAD : Outlook.BACK)))
        .toList());
  }
}

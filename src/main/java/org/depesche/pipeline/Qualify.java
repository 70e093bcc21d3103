package org.depesche.pipeline;

import org.depesche.event.AmountFinder;
import org.depesche.event.Event;
import org.depesche.event.ModalityDetector;
import org.depesche.nlp.Sentence;

/**
 * Says how each event is told (asserted, intended, hypothetical or negated; on someone else's word or not) and
 * attaches the sum or count of its own phrase.
 */
public final class Qualify implements Stage<CodedArticle, CodedArticle> {
  private final ModalityDetector modality;
  private final AmountFinder amounts;

  public Qualify(ModalityDetector modality, AmountFinder amounts) {
    this.modality = modality;
    this.amounts = amounts;
  }

  @Override
  public CodedArticle apply(CodedArticle in) {
    return in.withEvents(in.events().stream().map(e -> {
      Sentence s = in.sentences().get(e.sentence());
      Event out = e.withModality(modality.of(s, e.triggerAt()), modality.reported(s, e.triggerAt()));
      return out.withAmount(amounts.forEvent(s, e.triggerAt(), e.type().root()));
    }).toList());
  }
}

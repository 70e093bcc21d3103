package org.depesche.event;

import java.util.List;
import org.depesche.actor.QuoteSpan;
import org.depesche.nlp.Token;

/** Finds the quotation a word stands in, among an article's quotations. */
final class QuoteLookup {
  private final List<QuoteSpan> quotes;

  QuoteLookup(List<QuoteSpan> quotes) {
    this.quotes = quotes;
  }

  /** The first quotation that covers {@code t}'s first character, or null when it is not quoted. */
  QuoteSpan at(Token t) {
    for (QuoteSpan q : quotes) {
      if (q.covers(t.begin())) {
        return q;
      }
    }
    return null;
  }
}

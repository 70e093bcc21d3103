package org.depesche.event;

import java.util.List;
import org.depesche.actor.QuoteSpan;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Whether a quotation in marks follows the trigger within its sentence, where the pattern asks about it
 * ({@code quoted}): "griff den Präsidenten an: „Das ist nicht hinnehmbar.“" is a verbal attack, while "griff die
 * Stadt an" without words quoted is a military one. A pattern that does not ask matches either way.
 */
final class QuotationMatcher {
  private QuotationMatcher() {}

  /** Whether a quotation follows the trigger in its sentence exactly where the pattern asks for one. */
  static boolean matches(EventPattern p, Sentence s, Token trigger, List<QuoteSpan> quotes) {
    if (p.quoted() == null) {
      return true;
    }
    boolean follows = quotes.stream().anyMatch(q -> q.direct() && q.begin() > trigger.end() && q.begin() < s.end());
    return follows == p.quoted();
  }
}

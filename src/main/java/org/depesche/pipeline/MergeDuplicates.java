package org.depesche.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depesche.event.Event;

/**
 * Merges the copies of one event within an article: the same actors, code and date read twice (from the
 * headline and the body, or by two triggers of one sentence). The copy with the highest confidence stays.
 */
public final class MergeDuplicates implements Stage<CodedArticle, CodedArticle> {
  @Override
  public CodedArticle apply(CodedArticle in) {
    Map<String, Event> kept = new LinkedHashMap<>();
    for (Event e : in.events()) {
      String key = String.join("|", String.valueOf(e.source().code()), String.valueOf(e.source().name()),
          e.target() == null ? "-" : String.valueOf(e.target().code()) + "|" + e.target().name(),
          e.type().cameo(), String.valueOf(e.date().value()), e.modality().name());
      Event seen = kept.get(key);
      if (seen == null || e.confidence() > seen.confidence()) {
        kept.put(key, e);
      }
    }
    return in.withEvents(new ArrayList<>(kept.values()));
  }
}

package org.depesche.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depesche.event.Event;
import org.depesche.event.Modality;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Gives each event the day it took place: the date expression attached to its trigger in the parse, else the
 * nearest one in its sentence, else the publication date ({@code basis: publication}). Without a publication
 * date, day-and-month dates take the year the article's other dates name most ("am 29. Oktober" in an article
 * speaking of "Juni 2024").
 */
public final class DateResolver {
  private final DateFinder finder;

  public DateResolver(DateFinder finder) {
    this.finder = finder;
  }

  /** The events with their dates resolved. */
  public List<Event> resolve(List<Event> events, List<Sentence> sentences, String text, LocalDate published) {
    int year = published != null ? published.getYear() : inferYear(text);
    Map<Integer, List<TimeExpression>> bySentence = new HashMap<>();
    EventDate lead = leadDate(sentences, published, year, bySentence);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Sentence s = sentences.get(e.sentence());
      List<TimeExpression> exprs = bySentence.computeIfAbsent(e.sentence(),
          k -> finder.find(s.text(), published, year));
      boolean ahead = e.modality() == Modality.INTENDED || e.modality() == Modality.HYPOTHETICAL;
      out.add(e.withDate(choose(exprs, s, e.triggerAt(), lead, published, ahead)));
    }
    return out;
  }

  /**
   * The day the article's news happened: the first day named in its headline or first two sentences that lies
   * in the week before publication ("Am Freitag ..."). Undated events of the article most likely happened then,
   * not on the day of publication.
   */
  private EventDate leadDate(List<Sentence> sentences, LocalDate published, int year,
      Map<Integer, List<TimeExpression>> bySentence) {
    for (int i = 0; i < Math.min(3, sentences.size()); i++) {
      Sentence s = sentences.get(i);
      List<TimeExpression> found = new ArrayList<>(bySentence.computeIfAbsent(i,
          k -> finder.find(s.text(), published, year)));
      // "Nachdem ... gestern vertagt hatte, kam es heute zu einer Entscheidung": the main clause's date first
      int root = rootOf(s);
      if (root >= 0) {
        found.sort(java.util.Comparator.comparingInt(x -> attachment(s, x, root)));
      }
      for (TimeExpression x : found) {
        if (!x.date().precision().equals("day")) {
          continue;
        }
        LocalDate day = LocalDate.parse(x.date().value());
        if (published == null || (!day.isAfter(published) && !day.isBefore(published.minusDays(7)))) {
          return x.date();
        }
      }
    }
    return null;
  }

  private static EventDate choose(List<TimeExpression> exprs, Sentence s, int trigger, EventDate lead,
      LocalDate published, boolean ahead) {
    TimeExpression best = null;
    int bestScore = Integer.MAX_VALUE;
    int triggerOffset = s.token(trigger).begin() - s.begin();
    for (TimeExpression x : exprs) {
      int distance = Math.min(Math.abs(x.begin() - triggerOffset), Math.abs(x.end() - triggerOffset));
      int score = attachment(s, x, trigger) * 5_000 + distance;
      if (score < bestScore) {
        best = x;
        bestScore = score;
      }
    }
    if (best != null) {
      return best.reading(ahead);
    }
    if (lead != null) {
      return lead;
    }
    return published == null ? EventDate.UNKNOWN
        : EventDate.day(published, "publication", null);
  }

  private static int rootOf(Sentence s) {
    if (!s.parsed()) {
      return -1;
    }
    for (Token t : s.tokens()) {
      if (t.head() < 0) {
        return t.index();
      }
    }
    return -1;
  }

  /**
   * How closely the expression hangs on the trigger: 0 when its first word depends on the trigger or on the
   * verb of the trigger's clause, 1 when it depends on one of their dependents, 2 otherwise.
   */
  private static int attachment(Sentence s, TimeExpression x, int trigger) {
    if (!s.parsed()) {
      return 2;
    }
    int clause = trigger;
    Token t = s.token(trigger);
    if (!t.isVerb() && t.head() >= 0 && s.token(t.head()).isVerb()) {
      clause = t.head();
    }
    for (Token tok : s.tokens()) {
      if (tok.begin() - s.begin() >= x.begin() && tok.begin() - s.begin() < x.end()) {
        int head = tok.head();
        if (head == clause || head == trigger) {
          return 0;
        }
        return head >= 0 && (s.token(head).head() == clause || s.token(head).head() == trigger) ? 1 : 2;
      }
    }
    return 2;
  }

  /** The year an undated article most likely speaks from: the most frequent year of its "Monat Jahr" dates. */
  private int inferYear(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (TimeExpression x : finder.find(text, null, 0)) {
      if (x.date().precision().equals("month") || x.date().precision().equals("day")) {
        counts.merge(x.date().value().substring(0, 4), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> Integer.parseInt(e.getKey())).orElse(0);
  }
}

package org.depesche.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Finds the day an event took place: the date expression attached to its trigger in the parse, else the nearest
 * one in its sentence, else the date of the article's lead, else the publication date ({@code basis:
 * publication}). Without a publication date, day-and-month dates take the year the article's other dates name
 * most ("am 29. Oktober" in an article speaking of "Juni 2024").
 *
 * <p>Thread-safe; {@link #read} gives the dates of one article, which each of its events then asks.
 */
public final class DateResolver {
  private final DateFinder finder;

  public DateResolver(DateFinder finder) {
    this.finder = finder;
  }

  /** The date expressions of one article, to be asked for the date of each of its events. */
  public ArticleDates read(List<Sentence> sentences, String text, LocalDate published) {
    int year = published != null ? published.getYear() : inferYear(text);
    ArticleDates dates = new ArticleDates(finder, sentences, published, year);
    dates.lead = leadDate(dates);
    return dates;
  }

  /** The dates of one article's sentences, read once each. Not thread-safe: one per article. */
  public static final class ArticleDates {
    private final DateFinder finder;
    private final List<Sentence> sentences;
    private final LocalDate published;
    private final int year;
    private final Map<Integer, List<TimeExpression>> bySentence = new HashMap<>();
    private EventDate lead;

    private ArticleDates(DateFinder finder, List<Sentence> sentences, LocalDate published, int year) {
      this.finder = finder;
      this.sentences = sentences;
      this.published = published;
      this.year = year;
    }

    /** The date of an event whose trigger is token {@code trigger} of sentence {@code sentence}. */
    public EventDate of(int sentence, int trigger, Outlook outlook) {
      return choose(expressions(sentence), sentences.get(sentence), trigger, lead, published,
          outlook == Outlook.AHEAD);
    }

    private List<TimeExpression> expressions(int sentence) {
      return bySentence.computeIfAbsent(sentence, k -> finder.find(sentences.get(k).text(), published, year));
    }
  }

  /**
   * The day the article's news happened: the first day named in its headline or first two sentences that lies
   * in the week before publication ("Am Freitag ..."). Undated events of the article most likely happened then,
   * not on the day of publication.
   */
  private static EventDate leadDate(ArticleDates dates) {
    for (int i = 0; i < Math.min(3, dates.sentences.size()); i++) {
      Sentence s = dates.sentences.get(i);
      List<TimeExpression> found = new ArrayList<>(dates.expressions(i));
      // "Nachdem ... gestern vertagt hatte, kam es heute zu einer Entscheidung": the main clause's date first
      int root = rootOf(s);
      if (root >= 0) {
        found.sort(java.util.Comparator.comparingInt(x -> attachment(s, x, root)));
      }
      for (TimeExpression x : found) {
        if (x.date().precision() != EventDate.Precision.DAY) {
          continue;
        }
        LocalDate day = x.date().at();
        LocalDate published = dates.published;
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
        : EventDate.day(published, EventDate.Basis.PUBLICATION, null);
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
    Map<Integer, Integer> counts = new HashMap<>();
    for (TimeExpression x : finder.find(text, null, 0)) {
      if (x.date().precision() != EventDate.Precision.YEAR) {
        counts.merge(x.date().at().getYear(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(0);
  }
}

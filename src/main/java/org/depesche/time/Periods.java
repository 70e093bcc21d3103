package org.depesche.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins date expressions into periods by the words around them: "seit 2022" runs from 2022 to the reference day,
 * "von März bis Mai" and "zwischen 2007 und 2013" from the first to the second, "bis Ende Mai" up to the end of
 * May. A period keeps the value and precision of its start, the day the event began.
 */
final class Periods {
  /** The German words that make periods. */
  static final Periods GERMAN = new Periods("(?:[Ss]eit|[Aa]b)\\s+(?:dem\\s+|der\\s+|den\\s+)?$",
      "(?:[Bb]is)\\s+(?:zum\\s+|zur\\s+|in\\s+den\\s+|in\\s+die\\s+)?$",
      "(?:[Vv]on|[Vv]om|[Zz]wischen)\\s+(?:dem\\s+|der\\s+|den\\s+)?$",
      "^\\s*(?:bis(?:\\s+(?:zum|zur))?|-|–|und)\\s*$", "und", "[Zz]wischen", "(?i)(seit|ab)\\b.*", "(?i)bis\\b.*");
  /** The English words that make periods. */
  static final Periods ENGLISH = new Periods("(?:[Ss]ince|[Ff]rom)\\s+(?:the\\s+)?$",
      "(?:[Uu]ntil|[Tt]ill|[Uu]p\\s+to|[Bb]y)\\s+(?:the\\s+)?$", "(?:[Ff]rom|[Bb]etween)\\s+(?:the\\s+)?$",
      "^\\s*(?:to|until|through|-|–|and)\\s*$", "and", "[Bb]etween", "(?i)(since|from)\\b.*", "(?i)(until|till|to)\\b.*");

  private final Pattern since;
  private final Pattern until;
  private final Pattern from;
  private final Pattern join;
  private final String and;
  private final String between;
  private final String sinceInside;
  private final String untilInside;

  private Periods(String since, String until, String from, String join, String and, String between,
      String sinceInside, String untilInside) {
    this.since = Pattern.compile(since);
    this.until = Pattern.compile(until);
    this.from = Pattern.compile(from);
    this.join = Pattern.compile(join);
    this.and = and;
    this.between = between;
    this.sinceInside = sinceInside;
    this.untilInside = untilInside;
  }

  List<TimeExpression> join(String text, List<TimeExpression> found, LocalDate reference) {
    List<TimeExpression> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      TimeExpression x = found.get(i);
      String before = text.substring(Math.max(0, x.begin() - 20), x.begin());
      TimeExpression next = i + 1 < found.size() ? found.get(i + 1) : null;
      String gap = next == null ? "" : text.substring(x.end(), next.begin());
      // "März bis Mai": the second expression may have taken the "bis" itself
      boolean joined = next != null && (join.matcher(gap).matches() && (!gap.contains(and)
          || before.matches("(?s).*" + between + "\\s+$")) || gap.isBlank() && next.date().text().matches(untilInside));
      if (joined) {
        out.add(range(text, x, next, cueBefore(from, before)));
        i++;
      } else if (x.date().text().matches(sinceInside) || cueBefore(since, before) > 0) {
        out.add(since(text, x, cueBefore(since, before), reference));
      } else if (x.date().text().matches(untilInside) || cueBefore(until, before) > 0) {
        out.add(until(text, x, cueBefore(until, before)));
      } else {
        out.add(x);
      }
    }
    return out;
  }

  /** The length of the cue right before an expression, or 0. */
  private static int cueBefore(Pattern cue, String before) {
    Matcher m = cue.matcher(before);
    return m.find() ? before.length() - m.start() : 0;
  }

  private static TimeExpression range(String text, TimeExpression from, TimeExpression to, int cue) {
    int begin = from.begin() - cue;
    String words = text.substring(begin, to.end());
    return new TimeExpression(begin, to.end(), spanning(from.date(), to.date(), words),
        from.ahead() == null && to.ahead() == null ? null
            : spanning(from.reading(true), to.reading(true), words));
  }

  private static EventDate spanning(EventDate from, EventDate to, String words) {
    return from.covering(words, from.start(), to.end());
  }

  private static TimeExpression since(String text, TimeExpression x, int cue, LocalDate reference) {
    int begin = x.begin() - cue;
    String words = text.substring(begin, x.end());
    // "ab 2026" in a 2024 article has not begun: it is open, not over
    LocalDate end = reference != null && x.date().start() != null && !x.date().start().isAfter(reference)
        ? reference : null;
    return new TimeExpression(begin, x.end(), x.date().covering(words, x.date().start(), end),
        x.ahead() == null ? null : x.ahead().covering(words, x.ahead().start(), end));
  }

  private static TimeExpression until(String text, TimeExpression x, int cue) {
    int begin = x.begin() - cue;
    String words = text.substring(begin, x.end());
    return new TimeExpression(begin, x.end(), x.date().covering(words, null, x.date().end()),
        x.ahead() == null ? null : x.ahead().covering(words, null, x.ahead().end()));
  }

}

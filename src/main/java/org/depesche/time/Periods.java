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
  private static final Pattern SINCE = Pattern.compile("(?:[Ss]eit|[Aa]b)\\s+(?:dem\\s+|der\\s+|den\\s+)?$");
  private static final Pattern UNTIL = Pattern.compile("(?:[Bb]is)\\s+(?:zum\\s+|zur\\s+|in\\s+den\\s+|in\\s+die\\s+)?$");
  private static final Pattern FROM = Pattern.compile("(?:[Vv]on|[Vv]om|[Zz]wischen)\\s+(?:dem\\s+|der\\s+|den\\s+)?$");
  private static final Pattern JOIN = Pattern.compile("^\\s*(?:bis(?:\\s+(?:zum|zur))?|-|–|und)\\s*$");

  private Periods() {}

  static List<TimeExpression> join(String text, List<TimeExpression> found, LocalDate reference) {
    List<TimeExpression> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      TimeExpression x = found.get(i);
      String before = text.substring(Math.max(0, x.begin() - 20), x.begin());
      TimeExpression next = i + 1 < found.size() ? found.get(i + 1) : null;
      String gap = next == null ? "" : text.substring(x.end(), next.begin());
      // "März bis Mai": the second expression may have taken the "bis" itself
      boolean joined = next != null && (JOIN.matcher(gap).matches() && (!gap.contains("und")
          || before.matches("(?s).*[Zz]wischen\\s+$")) || gap.isBlank() && next.date().text().startsWith("bis "));
      if (joined) {
        out.add(range(text, x, next, cueBefore(FROM, before)));
        i++;
      } else if (x.date().text().matches("(?i)(seit|ab)\\b.*") || cueBefore(SINCE, before) > 0) {
        out.add(since(text, x, cueBefore(SINCE, before), reference));
      } else if (x.date().text().matches("(?i)bis\\b.*") || cueBefore(UNTIL, before) > 0) {
        out.add(until(text, x, cueBefore(UNTIL, before)));
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
    return new TimeExpression(begin, to.end(), between(from.date(), to.date(), words),
        from.ahead() == null && to.ahead() == null ? null
            : between(from.reading(true), to.reading(true), words));
  }

  private static EventDate between(EventDate from, EventDate to, String words) {
    return new EventDate(from.value(), from.precision(), from.basis(), words, from.start(), to.end());
  }

  private static TimeExpression since(String text, TimeExpression x, int cue, LocalDate reference) {
    int begin = x.begin() - cue;
    String words = text.substring(begin, x.end());
    // "ab 2026" in a 2024 article has not begun: it is open, not over
    String end = reference != null && x.date().start() != null
        && !LocalDate.parse(x.date().start()).isAfter(reference) ? reference.toString() : null;
    return new TimeExpression(begin, x.end(), open(x.date(), words, x.date().start(), end),
        x.ahead() == null ? null : open(x.ahead(), words, x.ahead().start(), end));
  }

  private static TimeExpression until(String text, TimeExpression x, int cue) {
    int begin = x.begin() - cue;
    String words = text.substring(begin, x.end());
    return new TimeExpression(begin, x.end(), open(x.date(), words, null, x.date().end()),
        x.ahead() == null ? null : open(x.ahead(), words, null, x.ahead().end()));
  }

  private static EventDate open(EventDate d, String words, String start, String end) {
    return new EventDate(d.value(), d.precision(), d.basis(), words, start, end);
  }
}

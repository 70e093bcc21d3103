package org.depesche.event;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.depesche.internal.DataFiles;

/**
 * Reads sums of money ("8,7 Milliarden US-Dollar", "955 Mio. Euro", "$2bn" is not German and not read) from a
 * sentence. Number and currency words live in {@code depesche/event/amounts.yaml}.
 */
public final class AmountFinder {
  /** The data file's shape. */
  record Words(Map<String, Double> multipliers, Map<String, String> currencies) {}

  private final Words words;
  private final Pattern money;

  private AmountFinder(Words words) {
    this.words = words;
    String mult = alternation(words.multipliers().keySet());
    String cur = alternation(words.currencies().keySet());
    this.money = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)\\s*(?:(" + mult + ")\\s*)?(" + cur
        + ")(?![\\p{L}])");
  }

  /** The finder with the bundled German words. */
  public static AmountFinder german() {
    return new AmountFinder(DataFiles.yaml("/depesche/event/amounts.yaml", Words.class));
  }

  /** The largest sum of money in {@code text}, or null: the headline figure rather than a part of it. */
  public Amount largestSum(String text) {
    Amount best = null;
    for (Matcher m = money.matcher(text); m.find(); ) {
      double value = Double.parseDouble(m.group(1).replace(".", "").replace(',', '.'));
      if (m.group(2) != null) {
        value *= words.multipliers().get(m.group(2));
      }
      if (best == null || value > best.value()) {
        best = new Amount(value, words.currencies().get(m.group(3)), null, m.group().strip());
      }
    }
    return best;
  }

  private static String alternation(java.util.Set<String> options) {
    return options.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}

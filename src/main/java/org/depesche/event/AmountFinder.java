package org.depesche.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Reads sums of money ("8,7 Milliarden US-Dollar", "955 Mio. Euro", "$2bn") and counts of people and weapons
 * ("mindestens 40 Tote", "Tausende Demonstranten", "50 Kampfpanzer") from a sentence, and gives an event the one
 * that belongs to it. The words live in {@code depesche/event/amounts.yaml}.
 */
public final class AmountFinder {
  /** The data file's shape. */
  record Words(Map<String, Double> multipliers, Map<String, String> currencies, Map<String, Double> englishMultipliers,
      Map<String, Integer> numberWords, Map<String, Integer> vague, List<String> qualifiers,
      Map<String, List<String>> counted, Map<String, List<String>> roots) {}

  /** An amount and where it stands in the sentence. */
  record Found(int begin, int end, Amount amount) {}

  private static final String DIGITS = "\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?";

  private final Words words;
  private final Pattern money;
  private final Pattern englishMoney;
  private final Pattern count;

  private AmountFinder(Words words) {
    this.words = words;
    String mult = alt(words.multipliers().keySet());
    String qual = "(?:(?:" + alt(words.qualifiers()) + ")\\s+)?";
    this.money = Pattern.compile(qual + "(" + DIGITS + ")\\s*(?:(" + mult + ")\\s*)?(" + alt(words.currencies().keySet())
        + ")(?![\\p{L}])");
    this.englishMoney = Pattern.compile("([$€£])\\s?(\\d+(?:\\.\\d+)?)\\s?(" + alt(words.englishMultipliers().keySet())
        + ")?(?![\\p{L}\\d])");
    // a number, a number word or "Tausende", one adjective at most, then the counted noun
    this.count = Pattern.compile("(?<![\\p{L}\\d,.])" + qual + "(" + DIGITS + "|" + alt(words.numberWords().keySet())
        + "|" + alt(words.vague().keySet()) + ")\\s+(?:(" + mult + ")\\s+)?(?:\\p{Ll}\\p{L}*\\s+)?(\\p{Lu}[\\p{L}-]*)");
  }

  /** The finder with the bundled German words. */
  public static AmountFinder german() {
    return of(LanguageFiles.german());
  }

  /** The finder with the words of {@code files}. */
  public static AmountFinder of(LanguageFiles files) {
    return new AmountFinder(files.yaml("amounts", Words.class));
  }

  /** Every sum and count in {@code text}, in order. */
  List<Found> all(String text) {
    List<Found> out = new ArrayList<>();
    for (Matcher m = money.matcher(text); m.find(); ) {
      double value = number(m.group(1)) * (m.group(2) == null ? 1 : words.multipliers().get(m.group(2)));
      out.add(new Found(m.start(), m.end(), new Amount(value, words.currencies().get(m.group(3)), null,
          m.group().strip())));
    }
    for (Matcher m = englishMoney.matcher(text); m.find(); ) {
      double value = Double.parseDouble(m.group(2))
          * (m.group(3) == null ? 1 : words.englishMultipliers().get(m.group(3)));
      out.add(new Found(m.start(), m.end(), new Amount(value, words.currencies().get(m.group(1)), null, m.group())));
    }
    for (Matcher m = count.matcher(text); m.find(); ) {
      String unit = unitOf(m.group(3));
      if (unit != null && out.stream().noneMatch(f -> f.begin() < m.end() && m.start() < f.end())) {
        double value = countOf(m.group(1)) * (m.group(2) == null ? 1 : words.multipliers().get(m.group(2)));
        out.add(new Found(m.start(), m.end(), new Amount(value, null, unit, m.group().strip())));
      }
    }
    out.sort(Comparator.comparingInt(Found::begin));
    return out;
  }

  /**
   * The amount an event carries, or null: of the kinds its root can carry (money for aid, people for violence,
   * weapons for aid and force), the one in the trigger's own phrase, else the nearest; among sums in the phrase
   * the largest.
   */
  public Amount forEvent(Sentence s, int trigger, String root) {
    List<String> units = words.roots().entrySet().stream().filter(e -> e.getValue().contains(root))
        .map(Map.Entry::getKey).toList();
    if (units.isEmpty()) {
      return null;
    }
    int at = s.token(trigger).begin() - s.begin();
    Found best = null;
    for (Found f : all(s.text())) {
      String unit = f.amount().currency() != null ? "money" : f.amount().unit();
      if (!units.contains(unit)) {
        continue;
      }
      if (best == null || better(s, trigger, at, f, best)) {
        best = f;
      }
    }
    return best == null ? null : best.amount();
  }

  private static boolean better(Sentence s, int trigger, int at, Found f, Found best) {
    boolean own = inPhrase(s, trigger, f);
    boolean bestOwn = inPhrase(s, trigger, best);
    if (own != bestOwn) {
      return own;
    }
    if (f.amount().currency() != null && best.amount().currency() != null) {
      return f.amount().value() > best.amount().value();
    }
    return distance(at, f) < distance(at, best);
  }

  private static boolean inPhrase(Sentence s, int trigger, Found f) {
    if (!s.parsed()) {
      return false;
    }
    for (Token t : s.tokens()) {
      int b = t.begin() - s.begin();
      if (b >= f.begin() && b < f.end() && s.dominates(trigger, t.index())) {
        return true;
      }
    }
    return false;
  }

  private static int distance(int at, Found f) {
    return Math.min(Math.abs(f.begin() - at), Math.abs(f.end() - at));
  }

  private String unitOf(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<String>> e : words.counted().entrySet()) {
      if (e.getValue().stream().anyMatch(n::endsWith)) {
        return e.getKey();
      }
    }
    return null;
  }

  private double countOf(String word) {
    if (Character.isDigit(word.charAt(0))) {
      return number(word);
    }
    Integer v = words.vague().get(word);
    return v != null ? v : words.numberWords().get(word);
  }

  private static double number(String digits) {
    return Double.parseDouble(digits.replace(".", "").replace(',', '.'));
  }

  private static String alt(Collection<String> options) {
    return options.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}

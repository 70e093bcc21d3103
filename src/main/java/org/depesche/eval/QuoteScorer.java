package org.depesche.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.depesche.actor.QuoteSpan;

/**
 * Scores found quotations against annotated ones. A found quotation matches an annotated one when at least half
 * of the shorter of the two is shared (each annotated quotation matched once, best overlap first); a
 * (quotation, speaker) pair is right when the quotation matches and the words Depesche took for the speaker share a
 * character with the annotated speaker.
 */
public final class QuoteScorer {
  /** Counts for one kind of quotation (Direct, Indirect, ...), or for all. */
  public record Counts(int gold, int goldWithSpeaker, int found, int foundWithSpeaker, int quoteMatched,
      int pairRight) {
    public double quotePrecision() {
      return ratio(quoteMatched, found);
    }

    public double quoteRecall() {
      return ratio(quoteMatched, gold);
    }

    public double pairPrecision() {
      return ratio(pairRight, foundWithSpeaker);
    }

    public double pairRecall() {
      return ratio(pairRight, goldWithSpeaker);
    }

    public double pairF1() {
      double p = pairPrecision();
      double r = pairRecall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(gold + o.gold, goldWithSpeaker + o.goldWithSpeaker, found + o.found,
          foundWithSpeaker + o.foundWithSpeaker, quoteMatched + o.quoteMatched, pairRight + o.pairRight);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  private static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

  /** An annotated quotation whose speaker Depesche missed or got wrong, for reading. */
  public record Miss(String doc, String type, String quote, String goldSpeaker, String foundSpeaker) {}

  private final Map<String, Counts> byType = new TreeMap<>();
  private final List<Miss> misses = new ArrayList<>();
  private Counts found = ZERO;

  /**
   * Adds one article. {@code offset} is where the article's body starts in the text the quotations' offsets refer
   * to (Depesche analyses title + newline + body).
   */
  public void add(QuoteGold gold, List<QuoteSpan> quotes, int offset) {
    boolean[] taken = new boolean[gold.quotes().size()];
    int[] matchedBy = new int[gold.quotes().size()];
    java.util.Arrays.fill(matchedBy, -1);
    for (int q = 0; q < quotes.size(); q++) {
      QuoteSpan s = quotes.get(q);
      int best = -1;
      double bestShare = 0;
      for (int g = 0; g < taken.length; g++) {
        QuoteGold.Quote gq = gold.quotes().get(g);
        int overlap = gq.overlap(s.begin() - offset, s.end() - offset);
        int shorter = Math.min(gq.length(), s.end() - s.begin());
        // Of two candidates (a direct quotation nested in reported speech) the one of more similar length wins.
        double share = (double) overlap / Math.max(gq.length(), s.end() - s.begin());
        if (!taken[g] && overlap * 2 >= shorter && share > bestShare) {
          best = g;
          bestShare = share;
        }
      }
      if (best >= 0) {
        taken[best] = true;
        matchedBy[best] = q;
      }
      found = found.plus(new Counts(0, 0, 1, s.speaker() != null ? 1 : 0, 0, 0));
    }
    for (int g = 0; g < taken.length; g++) {
      QuoteGold.Quote gq = gold.quotes().get(g);
      QuoteSpan s = matchedBy[g] < 0 ? null : quotes.get(matchedBy[g]);
      boolean pair = s != null && s.speaker() != null && s.speakerBegin() >= 0
          && (gq.speakerOverlaps(s.speakerBegin() - offset, s.speakerEnd() - offset)
              || sameSpeaker(gold, gq, s, offset));
      if (!pair && !gq.speaker().isEmpty()) {
        String body = gold.article().text();
        QuoteGold.Span q0 = gq.quote().get(0);
        QuoteGold.Span s0 = gq.speaker().get(0);
        String foundSpeaker = s == null ? "(quotation not found)" : s.speakerBegin() < 0 ? "(no speaker)"
            : cut(body, s.speakerBegin() - offset, s.speakerEnd() - offset);
        misses.add(new Miss(gold.article().id(), gq.type(), cut(body, q0.begin(), q0.end()),
            cut(body, s0.begin(), s0.end()), foundSpeaker));
      }
      Counts c = new Counts(1, gq.speaker().isEmpty() ? 0 : 1, 0, 0, s == null ? 0 : 1, pair ? 1 : 0);
      byType.merge(gq.type(), c, Counts::plus);
    }
  }

  /** The counts per annotated type; found quotations are only counted in {@link #total()}. */
  public Map<String, Counts> byType() {
    return Map.copyOf(byType);
  }

  /** The counts over all quotations. */
  public Counts total() {
    Counts all = found;
    for (Counts c : byType.values()) {
      all = all.plus(c);
    }
    return all;
  }

  /**
   * Whether the speaker Depesche found is the annotated one named elsewhere ("Musk" annotated at the quotation,
   * found at the one before it): the same words, or the annotated words hold the last word of the resolved name.
   */
  private static boolean sameSpeaker(QuoteGold gold, QuoteGold.Quote gq, QuoteSpan s, int offset) {
    String body = gold.article().text();
    String found = cut(body, s.speakerBegin() - offset, s.speakerEnd() - offset);
    String name = s.speaker().name();
    String last = name == null ? null : name.substring(name.lastIndexOf(' ') + 1);
    for (QuoteGold.Span sp : gq.speaker()) {
      String annotated = cut(body, sp.begin(), sp.end());
      if (annotated.equalsIgnoreCase(found) || (last != null && last.length() > 2
          && java.util.Arrays.asList(annotated.split("[\\s,()]+")).contains(last))) {
        return true;
      }
    }
    return false;
  }

  /** The annotated quotations with a speaker that Depesche did not attribute right. */
  public List<Miss> misses() {
    return List.copyOf(misses);
  }

  private static String cut(String body, int b, int e) {
    String t = b < 0 || e > body.length() || b >= e ? "?" : body.substring(b, e);
    return t.length() > 80 ? t.substring(0, 77) + "..." : t;
  }

  /** Lists of types in print order. */
  public List<String> types() {
    return new ArrayList<>(byType.keySet());
  }
}

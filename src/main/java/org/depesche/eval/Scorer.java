package org.depesche.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.depesche.event.Event;
import org.depesche.place.Location;

/**
 * Scores coded events against gold events by the rules of {@code CONTRACT.md}: recall over required events
 * (each matched by an emitted event of its own), precision over each article's distinct (source, target, root)
 * triples, date accuracy over matched required events with a gold date.
 */
public final class Scorer {
  /** One emitted triple that matched nothing, with the sentence it came from. */
  public record FalseEvent(String doc, String triple, double confidence, String evidence) {}

  /** One required gold event that no emitted event matched; {@code pairFound}: its actors were found as a pair. */
  public record MissedEvent(String doc, GoldEvent gold, boolean pairFound) {}

  /** A matched required event whose gold date no matching emitted event has; {@code found}: the dates emitted. */
  public record DateMiss(String doc, GoldEvent gold, List<String> found) {}

  /** A matched required event whose gold place no matching emitted event names; {@code found}: the places given. */
  public record PlaceMiss(String doc, GoldEvent gold, List<String> found) {}

  /** The counts for one CAMEO root. */
  public record RootCounts(int required, int found, int emitted, int correct) {}

  /** How many distinct emitted triples carried one confidence, and how many of them were right. */
  public record ConfidenceCounts(int emitted, int correct) {
    public double precision() {
      return emitted == 0 ? 0 : (double) correct / emitted;
    }
  }

  /**
   * The scores.
   *
   * @param required     number of required gold events
   * @param found        required gold events matched
   * @param emitted      distinct emitted triples
   * @param correct      emitted triples matching a required or acceptable gold event
   * @param dated        matched required events with a gold date
   * @param datedRight   of those, matched by an event with the right date
   * @param pairFound    required gold events whose actor pair some emitted event has, whatever its type
   * @param placed       matched required events with a gold place
   * @param placedRight  of those, matched by an event whose location names that place ({@link #namesPlace})
   * @param byConfidence emitted and correct triples by the confidence of the event that stood for the triple: whether
   *                     the confidence the coder gives is borne out
   */
  public record Result(int required, int found, int emitted, int correct, int dated, int datedRight, int pairFound,
      Map<String, RootCounts> byRoot, List<MissedEvent> missed, List<FalseEvent> falseEvents,
      List<DateMiss> dateMisses, int placed, int placedRight, List<PlaceMiss> placeMisses,
      Map<Double, ConfidenceCounts> byConfidence) {
    public double precision() {
      return emitted == 0 ? 0 : (double) correct / emitted;
    }

    public double recall() {
      return required == 0 ? 0 : (double) found / required;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The share of required events whose actors were found as a pair, whatever the event type. */
    public double pairShare() {
      return required == 0 ? 0 : (double) pairFound / required;
    }

    public double dateAccuracy() {
      return dated == 0 ? 0 : (double) datedRight / dated;
    }

    /** The share of matched required events with a gold place whose match names that place. */
    public double placeAccuracy() {
      return placed == 0 ? 0 : (double) placedRight / placed;
    }
  }

  private Scorer() {}

  /** Scores {@code events} (grouped by article id) against the gold articles. */
  public static Result score(List<GoldArticle> gold, Map<String, List<Event>> events) {
    int required = 0;
    int found = 0;
    int emitted = 0;
    int correct = 0;
    int dated = 0;
    int datedRight = 0;
    int pairFound = 0;
    int placed = 0;
    int placedRight = 0;
    Map<String, int[]> roots = new TreeMap<>();
    Map<Double, int[]> confidences = new TreeMap<>();
    List<MissedEvent> missed = new ArrayList<>();
    List<FalseEvent> falseEvents = new ArrayList<>();
    List<DateMiss> dateMisses = new ArrayList<>();
    List<PlaceMiss> placeMisses = new ArrayList<>();
    for (GoldArticle g : gold) {
      List<Event> evs = events.getOrDefault(g.doc(), List.of());
      int[] match = matchRequired(g.required(), evs);
      for (int i = 0; i < g.required().size(); i++) {
        GoldEvent ge = g.required().get(i);
        int[] r = roots.computeIfAbsent(ge.roots().get(0), k -> new int[4]);
        required++;
        r[0]++;
        boolean pair = evs.stream().anyMatch(e -> ge.matchesPair(e.source().key(), targetKey(e)));
        if (pair) {
          pairFound++;
        }
        if (match[i] < 0) {
          missed.add(new MissedEvent(g.doc(), ge, pair));
          continue;
        }
        found++;
        r[1]++;
        if (ge.place() != null) {
          placed++;
          if (evs.stream().anyMatch(e -> matches(ge, e) && namesPlace(e.location(), ge.place()))) {
            placedRight++;
          } else {
            placeMisses.add(new PlaceMiss(g.doc(), ge, evs.stream().filter(e -> matches(ge, e))
                .map(e -> e.location() == null ? "-" : e.location().text() + "=" + e.location().name() + " ("
                    + e.location().basis().name().toLowerCase(Locale.ROOT) + ")")
                .distinct().toList()));
          }
        }
        if (ge.date() != null) {
          dated++;
          if (evs.stream().anyMatch(e -> matches(ge, e) && hasDate(e, ge.date()))) {
            datedRight++;
          } else {
            dateMisses.add(new DateMiss(g.doc(), ge, evs.stream().filter(e -> matches(ge, e))
                .map(e -> e.date().value() + " (" + (e.date().basis() == null ? null : e.date().basis().label()) + ")")
                .distinct().toList()));
          }
        }
      }
      Map<String, Event> triples = new LinkedHashMap<>();
      for (Event e : evs) {
        triples.putIfAbsent(triple(e), e);
      }
      for (Map.Entry<String, Event> t : triples.entrySet()) {
        Event e = t.getValue();
        int[] r = roots.computeIfAbsent(e.type().root(), k -> new int[4]);
        int[] c = confidences.computeIfAbsent(Math.round(e.confidence() * 100) / 100.0, k -> new int[2]);
        emitted++;
        r[2]++;
        c[0]++;
        boolean ok = g.required().stream().anyMatch(ge -> matches(ge, e))
            || g.acceptable().stream().anyMatch(ge -> matches(ge, e));
        if (ok) {
          correct++;
          r[3]++;
          c[1]++;
        } else {
          falseEvents.add(new FalseEvent(g.doc(), t.getKey(), e.confidence(), e.evidence()));
        }
      }
    }
    Map<String, RootCounts> byRoot = new TreeMap<>();
    roots.forEach((k, v) -> byRoot.put(k, new RootCounts(v[0], v[1], v[2], v[3])));
    Map<Double, ConfidenceCounts> byConfidence = new TreeMap<>();
    confidences.forEach((k, v) -> byConfidence.put(k, new ConfidenceCounts(v[0], v[1])));
    return new Result(required, found, emitted, correct, dated, datedRight, pairFound, byRoot, missed, falseEvents,
        dateMisses, placed, placedRight, placeMisses, byConfidence);
  }

  /**
   * Whether a location names the place a gold event gives as written: one of the words or the name contains the
   * other, ignoring case ("Berlin" and "Berlin-Wedding", "Halle" and "Halle (Saale)").
   */
  static boolean namesPlace(Location l, String gold) {
    if (l == null) {
      return false;
    }
    String g = gold.toLowerCase(Locale.GERMAN);
    for (String s : new String[] {l.text(), l.name()}) {
      if (s != null && !s.isBlank()) {
        String t = s.toLowerCase(Locale.GERMAN);
        if (t.contains(g) || g.contains(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A maximum matching of required gold events to emitted events, one emitted event each (augmenting paths). */
  private static int[] matchRequired(List<GoldEvent> gold, List<Event> events) {
    int[] goldTo = new int[gold.size()];
    int[] eventTo = new int[events.size()];
    java.util.Arrays.fill(goldTo, -1);
    java.util.Arrays.fill(eventTo, -1);
    for (int g = 0; g < gold.size(); g++) {
      augment(g, gold, events, goldTo, eventTo, new boolean[events.size()]);
    }
    return goldTo;
  }

  private static boolean augment(int g, List<GoldEvent> gold, List<Event> events, int[] goldTo, int[] eventTo,
      boolean[] seen) {
    for (int e = 0; e < events.size(); e++) {
      if (seen[e] || !matches(gold.get(g), events.get(e))) {
        continue;
      }
      seen[e] = true;
      if (eventTo[e] < 0 || augment(eventTo[e], gold, events, goldTo, eventTo, seen)) {
        goldTo[g] = e;
        eventTo[e] = g;
        return true;
      }
    }
    return false;
  }

  private static boolean matches(GoldEvent g, Event e) {
    return g.matches(e.source().key(), targetKey(e), e.type().root());
  }

  private static String targetKey(Event e) {
    return e.target() == null ? null : e.target().key();
  }

  private static boolean hasDate(Event e, String gold) {
    String v = e.date().value();
    return v != null && v.length() >= gold.length() && v.startsWith(gold);
  }

  private static String triple(Event e) {
    return e.source().key() + " -> " + (e.target() == null ? "-" : e.target().key()) + " " + e.type().root();
  }

  /** Groups events by article id. */
  public static Map<String, List<Event>> byArticle(List<Event> events) {
    Map<String, List<Event>> out = new HashMap<>();
    for (Event e : events) {
      out.computeIfAbsent(e.article().id(), k -> new ArrayList<>()).add(e);
    }
    return out;
  }
}

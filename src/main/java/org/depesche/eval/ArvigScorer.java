package org.depesche.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.depesche.event.Event;
import org.depesche.internal.DataFiles;

/**
 * Scores coded ARVIG descriptions (issue 12): per category, how many got at least one event of a right CAMEO root
 * ({@code depesche/eval/arvig-roots.tsv} says which), how many events were coded, and how many texts name their
 * place, and where the events were placed: a description whose text names its place counts as located when some
 * event's location lies within {@link #LOCATION_KM} of the record's coordinates ({@link #near}); one whose text
 * does not name it counts as misplaced when an event was put at a point farther away, since the text did not
 * say so.
 */
public final class ArvigScorer {
  /** How far a coded event location may lie from the dataset's coordinates, in kilometres. */
  public static final double LOCATION_KM = 25;

  private final Map<String, Set<String>> roots;

  /**
   * The counts of one category.
   *
   * @param name         the category ({@code category_en})
   * @param roots        the CAMEO roots that count as right, empty when the category has none
   * @param descriptions how many descriptions
   * @param right        of those, how many got at least one event of a right root
   * @param events       events coded for them
   * @param placeNamed   descriptions whose text names their place
   * @param located      of those, how many got an event located within {@link #LOCATION_KM} of the place
   * @param misplaced    of the others, how many got an event located at a point farther away
   */
  public record Category(String name, Set<String> roots, int descriptions, int right, int events, int placeNamed,
      int located, int misplaced) {
    /** Whether the category has right roots to score against. */
    public boolean scored() {
      return !roots.isEmpty();
    }

    /** The share of descriptions with an event of a right root. */
    public double share() {
      return descriptions == 0 ? 0 : (double) right / descriptions;
    }

    /** Events per description. */
    public double eventsPerDescription() {
      return descriptions == 0 ? 0 : (double) events / descriptions;
    }

    /** The share of descriptions naming their place that got an event located there. */
    public double locatedShare() {
      return placeNamed == 0 ? 0 : (double) located / placeNamed;
    }

    Category plus(Category o) {
      return new Category(name, roots, descriptions + o.descriptions, right + o.right, events + o.events,
          placeNamed + o.placeNamed, located + o.located, misplaced + o.misplaced);
    }
  }

  /** A description of a scored category that got no event of a right root, with the events it got. */
  public record Miss(ArvigRecord record, List<Event> events) {}

  /**
   * The scores.
   *
   * @param categories the categories with right roots in the order of the roots file, then the others by size
   * @param missed     the descriptions of scored categories without an event of a right root, in input order
   * @param unlocated  the descriptions naming their place that got events, none located there, in input order
   * @param misplaced  the descriptions not naming their place that got an event located farther away
   */
  public record Result(List<Category> categories, List<Miss> missed, List<Miss> unlocated, List<Miss> misplaced) {
    /** All scored categories together, named {@code name}, with all their roots. */
    public Category scored(String name) {
      List<Category> scored = categories.stream().filter(Category::scored).toList();
      Set<String> roots = new TreeSet<>();
      scored.forEach(c -> roots.addAll(c.roots()));
      return sum(name, roots, scored);
    }

    /** All categories together, named {@code name}; not scored, as some categories have no right root. */
    public Category all(String name) {
      return sum(name, Set.of(), categories);
    }

    private static Category sum(String name, Set<String> roots, List<Category> cs) {
      Category total = new Category(name, roots, 0, 0, 0, 0, 0, 0);
      for (Category c : cs) {
        total = total.plus(c);
      }
      return total;
    }
  }

  /** A scorer with the given right roots per category; the categories are reported in the map's order. */
  public ArvigScorer(Map<String, Set<String>> roots) {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    roots.forEach((category, rs) -> copy.put(category, Collections.unmodifiableSet(new LinkedHashSet<>(rs))));
    this.roots = Collections.unmodifiableMap(copy);
  }

  /** The scorer with the bundled table {@code depesche/eval/arvig-roots.tsv}. */
  public static ArvigScorer standard() {
    return new ArvigScorer(parseRoots(DataFiles.lines("/depesche/eval/arvig-roots.tsv")));
  }

  /** Reads the lines of a roots table: a category, a tab, and its roots separated by spaces; in file order. */
  static Map<String, Set<String>> parseRoots(List<String> lines) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[1].isBlank()) {
        throw new IllegalStateException("arvig-roots.tsv: want 'category<TAB>roots', found '" + line + "'");
      }
      out.put(cols[0].strip(), new LinkedHashSet<>(Arrays.asList(cols[1].strip().split("\\s+"))));
    }
    return out;
  }

  /** Whether a point lies within {@link #LOCATION_KM} of where the record says its event happened. */
  public static boolean near(ArvigRecord r, double latitude, double longitude) {
    return GreatCircle.km(r.latitude(), r.longitude(), latitude, longitude) <= LOCATION_KM;
  }

  /** Scores {@code records} against their events, grouped by article id (the record's id). */
  public Result score(List<ArvigRecord> records, Map<String, List<Event>> events) {
    Map<String, Category> byName = new LinkedHashMap<>();
    roots.forEach((name, rs) -> byName.put(name, new Category(name, rs, 0, 0, 0, 0, 0, 0)));
    List<Miss> missed = new ArrayList<>();
    List<Miss> unlocated = new ArrayList<>();
    List<Miss> misplaced = new ArrayList<>();
    for (ArvigRecord r : records) {
      List<Event> evs = events.getOrDefault(r.id(), List.of());
      Set<String> right = roots.getOrDefault(r.category(), Set.of());
      boolean hit = evs.stream().anyMatch(e -> right.contains(e.type().root()));
      if (!right.isEmpty() && !hit) {
        missed.add(new Miss(r, evs));
      }
      boolean named = r.namesPlace();
      boolean near = evs.stream().anyMatch(e -> e.location() != null && e.location().located()
          && near(r, e.location().latitude(), e.location().longitude()));
      boolean far = evs.stream().anyMatch(e -> e.location() != null && e.location().located()
          && !near(r, e.location().latitude(), e.location().longitude()));
      if (named && !near && !evs.isEmpty()) {
        unlocated.add(new Miss(r, evs));
      }
      if (!named && far) {
        misplaced.add(new Miss(r, evs));
      }
      Category one = new Category(r.category(), right, 1, hit ? 1 : 0, evs.size(), named ? 1 : 0,
          named && near ? 1 : 0, !named && far ? 1 : 0);
      byName.merge(r.category(), one, Category::plus);
    }
    List<Category> categories = new ArrayList<>(byName.values().stream().filter(Category::scored).toList());
    byName.values().stream().filter(c -> !c.scored())
        .sorted(Comparator.comparingInt(Category::descriptions).reversed().thenComparing(Category::name))
        .forEach(categories::add);
    return new Result(categories, missed, unlocated, misplaced);
  }
}

package org.depesche.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depesche.internal.LanguageFiles;

/**
 * The places a language's news names, read from the language's {@code gazetteer} file (made from GeoNames by
 * {@code tools/make-places.py}): looked up by the words of a sentence, as printed, since "Essen" the town is not
 * "essen" the verb. A name may stand for several places ("Frankfurt", "Neustadt"); {@link PlaceFinder} and
 * {@link Locator} choose among them.
 */
public final class Gazetteer {
  private static final Comparator<Place> LARGEST_FIRST = Comparator.comparingLong(Place::population).reversed();

  private final List<Place> places;
  private final Map<String, List<Name>> byFirstWord = new HashMap<>();
  private final Map<String, List<Place>> byAdjective = new HashMap<>();

  /** A way of writing places' name, as words, and the places it may stand for, largest first. */
  record Name(List<String> words, List<Place> places) {}

  /** A name found in a sentence: how many words it spans and the places it may stand for, largest first. */
  public record Match(int length, List<Place> places, boolean adjective) {}

  private Gazetteer(List<Place> places) {
    this.places = List.copyOf(places);
    Map<List<String>, List<Place>> byWords = new HashMap<>();
    for (Place p : places) {
      for (String form : p.forms()) {
        for (List<String> words : wordings(form)) {
          byWords.computeIfAbsent(words, k -> new ArrayList<>()).add(p);
        }
      }
      if (!p.adjective().isEmpty()) {
        byAdjective.computeIfAbsent(p.adjective(), k -> new ArrayList<>()).add(p);
      }
    }
    byWords.forEach((words, ps) -> {
      ps.sort(LARGEST_FIRST);
      byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Name(words, List.copyOf(ps)));
    });
    // Longest name first: "Frankfurt an der Oder" must win over "Frankfurt".
    byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> n.words().size()).reversed()));
    byAdjective.values().forEach(l -> l.sort(LARGEST_FIRST));
  }

  /** The gazetteer of a language. */
  public static Gazetteer of(LanguageFiles files) {
    return parse(files.lines("gazetteer"));
  }

  /**
   * Reads gazetteer lines: forms separated by '|', adjective, GeoNames id, country, first-level region, latitude,
   * longitude, population, kind ({@code town}, {@code place}, {@code region}), tab-separated.
   */
  static Gazetteer parse(List<String> lines) {
    List<Place> places = new ArrayList<>(lines.size());
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length != 9) {
        throw new IllegalStateException("gazetteer: want 9 tab-separated fields, found " + f.length + ": " + line);
      }
      places.add(new Place(List.of(f[0].split("\\|")), f[1], f[2].isEmpty() ? null : Long.valueOf(f[2]), f[3], f[4],
          Double.parseDouble(f[5]), Double.parseDouble(f[6]), Long.parseLong(f[7]),
          Place.Kind.valueOf(f[8].toUpperCase(java.util.Locale.ROOT))));
    }
    return new Gazetteer(places);
  }

  /** Every place, in file order. */
  public List<Place> places() {
    return places;
  }

  /** The places written {@code form}, largest first. */
  public List<Place> named(String form) {
    List<String> words = List.of(form.split(" "));
    return byFirstWord.getOrDefault(words.get(0), List.of()).stream().filter(n -> n.words().equals(words))
        .findFirst().map(Name::places).orElse(List.of());
  }

  /**
   * The longest place name, or a town's adjective, whose words start at {@code words[start]}, as printed.
   *
   * @return the match, or empty
   */
  public Optional<Match> longestMatch(List<String> words, int start) {
    for (Name n : byFirstWord.getOrDefault(words.get(start), List.of())) {
      int len = n.words().size();
      if (start + len <= words.size() && n.words().equals(words.subList(start, start + len))) {
        return Optional.of(new Match(len, n.places(), false));
      }
    }
    List<Place> towns = byAdjective.get(words.get(start));
    return towns == null ? Optional.empty() : Optional.of(new Match(1, towns, true));
  }

  /** A form as the tokenizer may split it: "Frankfurt/Oder" is one token or three, "(Oder)" three. */
  private static List<List<String>> wordings(String form) {
    List<String> words = List.of(form.split(" "));
    if (!form.matches(".*[/()].*")) {
      return List.of(words);
    }
    List<String> split = new ArrayList<>();
    for (String w : words) {
      for (String part : w.split("(?=[/()])|(?<=[/()])")) {
        if (!part.isEmpty()) {
          split.add(part);
        }
      }
    }
    return List.of(words, List.copyOf(split));
  }
}

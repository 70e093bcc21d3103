package org.depesche.place;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Sentence;
import org.depesche.nlp.Token;

/**
 * Finds the places a sentence names: gazetteer names as printed, a town's "-er" adjective, and the parts of a
 * hyphenated name ("Berlin-Kreuzberg"). A town of the gazetteer counts wherever it stands; any other place only
 * where the parser tags it as a place or a word of place governs it ("in Essen", "im sächsischen Heidenau"),
 * since many small places share their names with words and people.
 */
public final class PlaceFinder {
  private final Gazetteer gazetteer;
  private final Words words;

  /** The words around place names ({@code places/place-words.yaml}). */
  record Words(Set<String> at, Set<String> elsewhere, Set<String> joining, Set<String> between,
      @JsonProperty("between-endings") Set<String> betweenEndings, Set<String> articles, Set<String> seats,
      Set<String> lists, Set<String> regions) {
    boolean isBetween(String lower) {
      return between.contains(lower) || betweenEndings.stream().anyMatch(lower::endsWith);
    }
  }

  PlaceFinder(Gazetteer gazetteer, Words words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** The finder over {@code gazetteer} with the place words of a language. */
  public static PlaceFinder of(Gazetteer gazetteer, LanguageFiles files) {
    Words w = files.yaml("place-words", Words.class);
    return new PlaceFinder(gazetteer, new Words(lower(w.at()), lower(w.elsewhere()), lower(w.joining()),
        lower(w.between()), lower(w.betweenEndings()), lower(w.articles()), lower(w.seats()), lower(w.lists()), lower(w.regions())));
  }

  /** The gazetteer it looks names up in. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The places {@code sentence} names, in token order. */
  public List<PlaceMention> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<String> printed = tokens.stream().map(Token::word).toList();
    List<PlaceMention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!startsUpper(printed.get(i))) {
        continue;
      }
      Optional<Gazetteer.Match> m = gazetteer.longestMatch(printed, i);
      if (m.isEmpty()) {
        m = hyphenPart(printed.get(i), cueBefore(tokens, i));
      }
      if (m.isEmpty()) {
        continue;
      }
      Gazetteer.Match match = m.get();
      int last = i + match.length() - 1;
      PlaceMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      PlaceMention.Cue cue = listed(tokens, previous, i) ? previous.cue() : cueBefore(tokens, i);
      if (match.adjective() && cue != PlaceMention.Cue.AT) {
        cue = PlaceMention.Cue.ADJECTIVE; // "die Kölner Polizei"; but "in der Magdeburger Innenstadt" is AT
      }
      boolean seat = i > 0 && words.seats().contains(lower(tokens.get(i - 1).word()));
      if (!match.adjective() && afterArticle(tokens, i, match)) {
        continue; // "in der Halle", "im Norden", "aus einem Bach": a noun, not a town
      }
      boolean direct = i > 0 && words.elsewhere().contains(lower(tokens.get(i - 1).word())); // "nach Halle"
      if (seat || counts(match, cue, direct, tokens.subList(i, last + 1))) {
        List<Place> places = regionWanted(tokens, i) ? onlyRegions(match.places())
            : narrowed(match.places(), previous, i);
        out.add(new PlaceMention(sentence.index(), i, last, sentence.textOf(i, last, sentence.begin()),
            places, places.get(0).country(), cue));
        i = last;
      }
    }
    return out;
  }

  /** What the words before token {@code i} of a sentence say of a place named there. */
  public PlaceMention.Cue cueBefore(List<Token> tokens, int i) {
    boolean joined = false;
    for (int j = i - 1; j >= 0; j--) {
      Token t = tokens.get(j);
      String w = t.word().toLowerCase(Locale.GERMAN);
      if (words.at().contains(w)) {
        return PlaceMention.Cue.AT;
      }
      if (words.joining().contains(w)) {
        joined = true;
        continue;
      }
      if (words.elsewhere().contains(w)) {
        return PlaceMention.Cue.ELSEWHERE;
      }
      if (!words.isBetween(w) && !t.isPos("ADJ", "DET")) {
        break;
      }
    }
    return joined ? PlaceMention.Cue.ELSEWHERE : PlaceMention.Cue.NAMED;
  }

  /**
   * Whether a name found counts as a place where it stands: a town's adjective does, and a name a word of place
   * governs; a town that stands alone unless the parser takes it for a person; any other place where the parser
   * tags it as a place, or a word of origin governs a town ("aus Leipzig", but not "aus privaten Geldern").
   */
  private static boolean counts(Gazetteer.Match m, PlaceMention.Cue cue, boolean direct, List<Token> span) {
    boolean town = m.places().stream().anyMatch(p -> p.kind() == Place.Kind.TOWN);
    boolean person = span.stream().anyMatch(t -> t.ner().startsWith("PER") || t.ner().endsWith("PER"));
    if (m.adjective()) {
      return !person; // "Adrien Zeller" is no one from Zell
    }
    if (cue == PlaceMention.Cue.AT || (cue == PlaceMention.Cue.ELSEWHERE && (town || direct))) {
      return true;
    }
    boolean tagged = span.stream().anyMatch(t -> t.ner().contains("LOC"));
    return tagged || (town && !person);
  }

  /** Whether a word for a region stands before the name ("Kanton Solothurn"), which then means the region. */
  private boolean regionWanted(List<Token> tokens, int i) {
    return i > 0 && words.regions().contains(lower(tokens.get(i - 1).word()));
  }

  private static List<Place> onlyRegions(List<Place> places) {
    List<Place> regions = places.stream().filter(p -> p.kind() == Place.Kind.REGION).toList();
    return regions.isEmpty() ? places : regions;
  }

  /**
   * Whether an article stands right before the name: towns take none in German ("in der Halle" is a hall); regions
   * may ("in der Steiermark", "im Tessin").
   */
  private boolean afterArticle(List<Token> tokens, int i, Gazetteer.Match m) {
    return i > 0 && words.articles().contains(lower(tokens.get(i - 1).word()))
        && m.places().stream().noneMatch(p -> p.kind() == Place.Kind.REGION);
  }

  /** Whether the name continues a list of places ("in Flachslanden und Obernzenn"): it takes the list's cue. */
  private boolean listed(List<Token> tokens, PlaceMention previous, int i) {
    return previous != null && previous.last() == i - 2 && words.lists().contains(lower(tokens.get(i - 1).word()));
  }

  /** A part of town after its town's adjective ("die Bremer Neustadt") lies in that town's region. */
  private static List<Place> narrowed(List<Place> places, PlaceMention previous, int i) {
    if (previous == null || previous.last() != i - 1 || previous.places().isEmpty()) {
      return places;
    }
    String region = previous.places().get(0).admin1();
    List<Place> inRegion = places.stream().filter(p -> p.admin1().equals(region)).toList();
    return region.isEmpty() || inRegion.isEmpty() ? places : inRegion;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.GERMAN);
  }

  /**
   * A hyphenated word: "Berlin-Kreuzberg" names Kreuzberg; "in Berlin-Wedding", whose part of town the gazetteer
   * lacks, names Berlin. A first part alone names nothing otherwise: "Metro-Haltestelle" is no place.
   */
  private Optional<Gazetteer.Match> hyphenPart(String word, PlaceMention.Cue cue) {
    int dash = word.lastIndexOf('-');
    if (dash <= 0 || dash == word.length() - 1) {
      return Optional.empty();
    }
    Optional<Gazetteer.Match> last = part(word.substring(dash + 1));
    if (last.isPresent() || cue != PlaceMention.Cue.AT) {
      return last;
    }
    return part(word.substring(0, word.indexOf('-')));
  }

  private Optional<Gazetteer.Match> part(String word) {
    return startsUpper(word) ? gazetteer.longestMatch(List.of(word), 0).filter(m -> !m.adjective()) : Optional.empty();
  }

  private static boolean startsUpper(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static Set<String> lower(Set<String> ws) {
    Set<String> out = new java.util.HashSet<>();
    ws.forEach(w -> out.add(w.toLowerCase(Locale.GERMAN)));
    return Set.copyOf(out);
  }
}

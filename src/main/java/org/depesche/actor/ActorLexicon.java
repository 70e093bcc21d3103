package org.depesche.actor;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.depesche.internal.DataFiles;
import org.depesche.internal.LanguageFiles;
import org.depesche.place.Gazetteer;
import org.depesche.place.Place;

/**
 * Every word sequence that names an actor: countries (names, adjectives, demonyms, capitals, seats),
 * organisations, national institutions, people with their terms of office, and role words.
 * Read once from the YAML files under {@code depesche/actors/de/}; immutable and shared.
 */
public final class ActorLexicon {
  /** What a matched word sequence is. */
  public enum Kind {
    COUNTRY, ADJECTIVE, DEMONYM, CAPITAL, SEAT, ORGANISATION, INSTITUTION, PERSON,
    /** A town ("Freital"): where, and whose country. Matches only as printed. */
    PLACE,
    /** A town's "-er" adjective ("die Kölner Polizei"), read like a country's adjective. Matches only as printed. */
    PLACE_ADJECTIVE
  }

  /** One way of naming an actor. {@code person} is set for PERSON entries, whose actor depends on the date. */
  public record Entry(List<String> words, Kind kind, String country, String org, String sector, String name,
      ActorEntries.Person person, List<String> also) {
    public Entry {
      also = also == null ? List.of() : List.copyOf(also);
    }

    /**
     * Its country in an article about {@code home}: a name several countries' institutions share ("die Grünen" of
     * Germany, Austria and Switzerland) is the home country's where that is one of them.
     */
    public String countryIn(String home) {
      return home != null && also.contains(home) ? home : country;
    }

    /** Whether other countries' institutions share the name, so that it says nothing of the article's country. */
    public boolean shared() {
      return !also.isEmpty();
    }
  }

  /** A role word: the sector it gives and whether it names one person. */
  public record RoleWord(String sector, boolean person) {}

  private static final int EXACT_CASE_BELOW = 4;

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final Map<String, RoleWord> roleWords = new HashMap<>();
  private final List<Map.Entry<String, RoleWord>> roleSuffixes = new ArrayList<>();
  private final java.util.Set<String> pairWords = new java.util.HashSet<>();
  private final java.util.Set<String> ownWords = new java.util.HashSet<>();
  private final Map<String, List<String>> compoundPrefixes = new HashMap<>();
  private final Offices offices = new Offices(compoundPrefixes.keySet());
  private Gazetteer gazetteer;
  private static final TypeReference<List<ActorEntries.Person>> PEOPLE = new TypeReference<>() {};
  private static final TypeReference<List<ActorEntries.Group>> GROUPS = new TypeReference<>() {};

  private ActorLexicon() {}

  /** The lexicon of the bundled German data files. */
  public static ActorLexicon german() {
    return of(LanguageFiles.german(), List.of());
  }

  /** The lexicon of the bundled German data files extended by users' files. */
  public static ActorLexicon german(List<Path> userFiles) {
    return of(LanguageFiles.german(), userFiles);
  }

  /**
   * The lexicon of the bundled data files extended by users' files ({@code --actors FILE}). A user's entry wins
   * over a bundled one that names the same words.
   */
  public static ActorLexicon of(LanguageFiles files, List<Path> userFiles) {
    ActorLexicon lex = new ActorLexicon();
    for (Path f : userFiles) {
      lex.addAll(DataFiles.yamlFile(f, ActorEntries.Extra.class));
    }
    List<ActorEntries.Person> people = new ArrayList<>(files.yamlList("people", PEOPLE));
    for (String file : files.lines("people-index")) {
      people.addAll(DataFiles.yamlList(files.beside("people-index", file), PEOPLE));
    }
    lex.addAll(new ActorEntries.Extra(files.yamlList("countries", new TypeReference<List<ActorEntries.Country>>() {}),
        files.yamlList("organisations", GROUPS), files.yamlList("institutions", GROUPS), people,
        files.yamlList("roles", new TypeReference<List<ActorEntries.Role>>() {})));
    lex.offices.addPosts(files.yamlList("posts", new TypeReference<List<ActorEntries.Post>>() {}));
    lex.offices.addFormerWords(files.lines("former-words"));
    lex.gazetteer = Gazetteer.of(files);
    lex.addTowns(lex.gazetteer);
    lex.pairWords.addAll(files.lines("pair-words"));
    lex.ownWords.addAll(files.lines("own-words"));
    // Longest suffix first: "ministerpräsident" must win over "präsident".
    lex.roleSuffixes.sort(Comparator.comparingInt((Map.Entry<String, RoleWord> e) -> e.getKey().length()).reversed());
    lex.byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed()));
    return lex;
  }

  private void addAll(ActorEntries.Extra x) {
    nullToEmpty(x.countries()).forEach(this::addCountry);
    nullToEmpty(x.organisations()).forEach(g -> addGroup(g, Kind.ORGANISATION));
    nullToEmpty(x.institutions()).forEach(g -> addGroup(g, Kind.INSTITUTION));
    for (ActorEntries.Person p : nullToEmpty(x.people())) {
      for (String n : p.names()) {
        add(n, Kind.PERSON, p.country(), p.org(), null, p.names().get(0), p);
        if (!n.matches(".*[sxzß]$")) {
          add(n + "s", Kind.PERSON, p.country(), p.org(), null, p.names().get(0), p); // "Obamas Einsatz"
        }
      }
      offices.addHolder(p);
    }
    for (ActorEntries.Role r : nullToEmpty(x.roles())) {
      RoleWord rw = new RoleWord(r.sector(), r.person());
      for (String w : nullToEmpty(r.words())) {
        roleWords.putIfAbsent(norm(w), rw);
      }
      for (String s : nullToEmpty(r.suffixes())) {
        roleSuffixes.add(Map.entry(norm(s), rw));
      }
    }
  }

  private void addCountry(ActorEntries.Country c) {
    for (String n : nullToEmpty(c.names())) {
      add(n, Kind.COUNTRY, c.code(), null, null, null, null);
      if (!n.contains(" ") && !n.matches(".*[sxzß]$")) {
        add(n + "s", Kind.COUNTRY, c.code(), null, null, null, null);
      }
    }
    for (String a : nullToEmpty(c.abbreviations())) {
      add(a, Kind.COUNTRY, c.code(), null, null, null, null);
    }
    for (String a : nullToEmpty(c.adjectives())) {
      for (String ending : List.of("", "e", "en", "er", "es", "em")) {
        add(a + ending, Kind.ADJECTIVE, c.code(), null, null, null, null);
      }
    }
    for (String d : nullToEmpty(c.demonyms())) {
      add(d, Kind.DEMONYM, c.code(), null, "CVL", null, null);
    }
    for (String cap : nullToEmpty(c.capitals())) {
      add(cap, Kind.CAPITAL, c.code(), null, "GOV", null, null);
      if (!cap.contains(" ") && !cap.matches(".*[sxzß]$")) {
        add(cap + "s", Kind.CAPITAL, c.code(), null, "GOV", null, null); // "Pekings", "Moskaus"
      }
    }
    for (String prefix : nullToEmpty(c.prefixes())) {
      compoundPrefixes.computeIfAbsent(prefix, k -> new ArrayList<>()).add(0, c.code()); // its owner first
    }
    for (String prefix : nullToEmpty(c.sharedPrefixes())) {
      compoundPrefixes.computeIfAbsent(prefix, k -> new ArrayList<>()).add(c.code());
    }
    for (String seat : nullToEmpty(c.seats())) {
      add(seat, Kind.SEAT, c.code(), null, "GOV", null, null);
    }
  }

  /**
   * The towns of the gazetteer ({@link Place.Kind#TOWN}) by all their forms, and the adjectives of towns and places
   * abroad. Read after every
   * other file, so a name the dictionary already gives (a capital, a person) keeps its entry.
   */
  private void addTowns(Gazetteer places) {
    for (Place p : places.places()) {
      if (p.kind() == Place.Kind.TOWN) {
        p.forms().forEach(f -> addPlace(f, Kind.PLACE, p.country()));
      }
      // a place abroad is no home for actors by its name ("in Paris" is where, not who), but its adjective before a
      // role word is: "die Pariser Staatsanwaltschaft", "die Moskauer Polizei"
      if (p.kind() != Place.Kind.REGION && !p.adjective().isEmpty()) {
        addPlace(p.adjective(), Kind.PLACE_ADJECTIVE, p.country());
      }
    }
  }

  /** The places this lexicon knows towns from, for the stages that locate events. */
  public Gazetteer places() {
    return gazetteer;
  }

  private void addPlace(String text, Kind kind, String country) {
    List<String> words = List.of(text.split(" "));
    boolean known = byFirstWord.getOrDefault(norm(words.get(0)), List.of()).stream()
        .anyMatch(e -> e.words().size() == words.size() && matches(e.words(), words, 0));
    if (!known) {
      add(text, kind, country, null, null, text, null);
    }
  }

  private void addGroup(ActorEntries.Group g, Kind kind) {
    String name = g.names() == null || g.names().isEmpty() ? null : g.names().get(0);
    for (String n : nullToEmpty(g.names())) {
      add(n, kind, g.country(), g.key(), g.sector(), name, null, g.also());
    }
  }

  private void add(String text, Kind kind, String country, String org, String sector, String name,
      ActorEntries.Person person) {
    add(text, kind, country, org, sector, name, person, List.of());
  }

  private void add(String text, Kind kind, String country, String org, String sector, String name,
      ActorEntries.Person person, List<String> also) {
    List<String> words = List.of(text.strip().split("\\s+"));
    byFirstWord.computeIfAbsent(norm(words.get(0)), k -> new ArrayList<>())
        .add(new Entry(words, kind, country, org, sector, name, person, also));
  }

  /**
   * The longest entry whose words start at {@code words[start]}.
   *
   * @return the entry, or empty
   */
  public Optional<Entry> longestMatch(List<String> words, int start) {
    List<Entry> candidates = byFirstWord.get(norm(words.get(start)));
    if (candidates == null) {
      return hyphenAdjective(words.get(start));
    }
    for (Entry e : candidates) {
      if (start + e.words().size() <= words.size() && matches(e.words(), words, start)
          && (!isPlace(e) || e.words().equals(words.subList(start, start + e.words().size())))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * "bosnisch-serbischen", "russisch-ukrainischen": a hyphenated adjective of countries names the last one (the
   * group); the whole word is one match.
   */
  private Optional<Entry> hyphenAdjective(String word) {
    int hyphen = word.lastIndexOf('-');
    if (hyphen <= 0 || hyphen == word.length() - 1 || !Character.isLowerCase(word.charAt(0))) {
      return Optional.empty();
    }
    for (Entry e : byFirstWord.getOrDefault(norm(word.substring(hyphen + 1)), List.of())) {
      if (e.kind() == Kind.ADJECTIVE && e.words().size() == 1) {
        return Optional.of(new Entry(List.of(word), Kind.ADJECTIVE, e.country(), null, null, null, null, List.of()));
      }
    }
    return Optional.empty();
  }

  /** Towns match only as printed: "Essen" the town would otherwise be "essen" the verb. */
  private static boolean isPlace(Entry e) {
    return e.kind() == Kind.PLACE || e.kind() == Kind.PLACE_ADJECTIVE;
  }

  private static boolean matches(List<String> entry, List<String> words, int start) {
    for (int i = 0; i < entry.size(); i++) {
      String want = entry.get(i);
      String got = words.get(start + i);
      // Short forms ("IS", "ai", "US") only match as printed; longer names also in other casing ("NATO", "Nato").
      boolean same = want.length() < EXACT_CASE_BELOW ? want.equals(got) : norm(want).equals(norm(got));
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * The country a compound's first part names ("Bundesaußenministerin": DEU), or null. A prefix several countries
   * use ("Bundes-" of Germany, Austria and Switzerland) names the article's home country where that is one of them,
   * else the first country that lists it.
   */
  public String compoundCountry(String word, String home) {
    for (Map.Entry<String, List<String>> e : compoundPrefixes.entrySet()) {
      if (word.startsWith(e.getKey()) && word.length() > e.getKey().length() + 3) {
        return e.getValue().contains(home) ? home : e.getValue().get(0);
      }
    }
    return null;
  }

  /** Whether {@code word} is a form of "beide". */
  public boolean isBoth(String word) {
    return word.equalsIgnoreCase("beide") || word.equalsIgnoreCase("beiden") || word.equalsIgnoreCase("beider");
  }

  /** Whether {@code word} after "beide" points back to two actors ("Länder", "Seiten"). */
  public boolean isPairWord(String word) {
    return pairWords.contains(word);
  }

  /** Whether {@code word} after a possessive names the possessor's country ("sein Land"). */
  public boolean isOwnCountryWord(String word) {
    return ownWords.contains(word);
  }

  /** The role a word names ("Außenminister" by its suffix), or empty. */
  public Optional<RoleWord> role(String word) {
    String w = norm(word);
    RoleWord exact = roleWords.get(w);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (!Character.isUpperCase(word.isEmpty() ? 'x' : word.charAt(0))) {
      return Optional.empty();
    }
    for (Map.Entry<String, RoleWord> s : roleSuffixes) {
      if (w.length() > s.getKey().length() && w.endsWith(s.getKey())) {
        return Optional.of(s.getValue());
      }
    }
    return Optional.empty();
  }

  /** The offices role words name and who held them when. */
  public Offices offices() {
    return offices;
  }

  /** How a person entry resolves on {@code day}: which office, or that none was held. */
  public String describe(Entry e, LocalDate day) {
    ActorEntries.Person p = e.person();
    for (ActorEntries.Term t : nullToEmpty(p.roles())) {
      if (day != null && t.covers(day)) {
        return "person " + p.id() + ": " + t.office() + " (" + (t.org() != null ? t.org() : p.country()) + ") from "
            + t.from() + (t.until() == null ? "" : " to " + t.until());
      }
    }
    return day == null ? "person " + p.id() + ", no date: latest office"
        : "person " + p.id() + ": no office on " + day + (p.roles() == null || p.roles().isEmpty() ? ""
            : ", so a former office holder (ELI)");
  }

  /** The actor a person entry stands for on {@code day} (the latest office when the day is unknown). */
  public static Actor personActor(Entry e, String text, LocalDate day) {
    ActorEntries.Person p = e.person();
    ActorEntries.Term chosen = null;
    for (ActorEntries.Term t : nullToEmpty(p.roles())) {
      if (day != null ? t.covers(day) : chosen == null || (t.from() != null && chosen.from() != null
          && t.from().isAfter(chosen.from()))) {
        chosen = t;
      }
    }
    if (chosen == null) {
      return new Actor(text, e.name(), p.country(), p.org(), day == null ? null : "ELI");
    }
    String org = chosen.org() != null ? chosen.org() : (chosen.country() != null ? null : p.org());
    String country = chosen.org() != null ? null : (chosen.country() != null ? chosen.country() : p.country());
    return new Actor(text, e.name(), country, org, chosen.sector());
  }

  /** Lower-cased, the form under which words are compared. */
  static String norm(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}

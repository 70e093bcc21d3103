package org.depesche.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.depesche.internal.DataFiles;
import org.depesche.internal.LanguageFiles;
import org.depesche.nlp.Token;

/**
 * The event patterns, indexed by trigger. Patterns with an object condition come before the bare pattern of
 * the same verb, so "Sanktionen verhängen" wins over "verhängen".
 *
 * <p>A patterns file has two parts: {@code lists}, word lists shared by several patterns under a name in capitals,
 * and {@code patterns}, whose object, predicate and except lists may give such a name for all its words
 * ({@code object: [WEAPONS]}). The book holds the patterns with every name replaced by its words.
 */
public final class PatternBook {
  /** Verb prefixes that separate in main clauses: "lud ... ein" is tagged with the lemma "laden" before parsing. */
  private static final List<String> SEPARABLE_PREFIXES = List.of("zurück", "zusammen", "hinzu", "fest", "frei",
      "fort", "heraus", "vor", "nach", "mit", "ein", "aus", "auf", "an", "ab", "bei", "zu", "los", "weg", "dar", "um");
  /** How a word list is named: in capitals, which no word of a pattern is (they are matched lower-case). */
  private static final Pattern LIST_NAME = Pattern.compile("[A-Z][A-Z_]*");

  private final Map<String, List<EventPattern>> byVerb = new HashMap<>();
  private final List<EventPattern> nouns = new ArrayList<>();
  private final Set<String> triggerStems = new HashSet<>();
  private final List<EventPattern> all;

  private PatternBook(List<EventPattern> patterns, CameoOntology ontology) {
    this.all = List.copyOf(patterns);
    for (EventPattern p : patterns) {
      if ((p.verb() == null) == (p.noun() == null)) {
        throw new IllegalArgumentException("pattern for " + p.cameo() + ": give exactly one of verb and noun");
      }
      if (ontology.type(p.cameo()).isEmpty()) {
        throw new IllegalArgumentException("pattern " + p.trigger() + ": unknown CAMEO code " + p.cameo());
      }
      if (p.verb() != null) {
        String verb = norm(p.verb());
        byVerb.computeIfAbsent(verb, k -> new ArrayList<>()).add(p);
        triggerStems.add(verb);
        triggerStems.add(separableBase(verb));
      } else {
        nouns.add(p);
      }
    }
    // Conditioned patterns first: "Sanktionen verhängen" and "sich aussprechen gegen" before the bare verb.
    byVerb.values().forEach(l -> l.sort((a, b) -> Boolean.compare(unconditioned(a), unconditioned(b))));
  }

  /** The bundled German patterns. */
  public static PatternBook german(CameoOntology ontology) {
    return of(LanguageFiles.german(), ontology);
  }

  /** The patterns of a language. */
  public static PatternBook of(LanguageFiles files, CameoOntology ontology) {
    return load(files.resource("patterns"), ontology);
  }

  /**
   * The patterns of several of a language's files, in the order given: where two fire on one trigger, the earlier
   * file's wins. Each file's patterns may name only its own word lists.
   */
  public static PatternBook of(LanguageFiles files, CameoOntology ontology, String... purposes) {
    List<EventPattern> patterns = new ArrayList<>();
    for (String purpose : purposes) {
      patterns.addAll(read(files.resource(purpose)));
    }
    return new PatternBook(patterns, ontology);
  }

  /**
   * The patterns of a resource file.
   *
   * @throws IllegalArgumentException if a pattern names a word list the file does not define, or its CAMEO code is
   *                                  unknown
   */
  static PatternBook load(String resource, CameoOntology ontology) {
    return new PatternBook(read(resource), ontology);
  }

  private static List<EventPattern> read(String resource) {
    PatternFile file = DataFiles.yaml(resource, PatternFile.class);
    List<EventPattern> patterns = new ArrayList<>();
    for (EventPattern p : file.patterns()) {
      EventPattern withDefaults = file.defaults() == null ? p : file.defaults().applyTo(p);
      patterns.add(withDefaults.withWords(words -> expand(words, file.lists(), resource + ": pattern " + p.trigger())));
    }
    return patterns;
  }

  /**
   * A patterns file as written: the shared word lists by name, the file's own default roles (optional), and the
   * patterns that may name them.
   */
  record PatternFile(Map<String, List<String>> lists, Defaults defaults, List<EventPattern> patterns) {
    PatternFile {
      lists = lists == null ? Map.of() : Map.copyOf(lists);
      patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }
  }

  /**
   * The target roles of a file's verb patterns that name none, where the built-in default (object, then indirect
   * object) is too narrow: English puts many targets after a preposition ("met with", "appealed to").
   */
  record Defaults(List<String> target) {
    EventPattern applyTo(EventPattern p) {
      boolean builtIn = p.verb() != null && p.target().equals(List.of("obj", "iobj"));
      return target == null || !builtIn ? p : p.withTarget(target);
    }
  }

  /** {@code words} with each list name replaced by the list's words, in place. */
  private static List<String> expand(List<String> words, Map<String, List<String>> lists, String where) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!LIST_NAME.matcher(w).matches()) {
        out.add(w);
        continue;
      }
      List<String> named = lists.get(w);
      if (named == null) {
        throw new IllegalArgumentException(where + ": no word list " + w + " (lists: " + lists.keySet() + ")");
      }
      if (named.stream().anyMatch(x -> LIST_NAME.matcher(x).matches())) {
        throw new IllegalArgumentException(where + ": word list " + w + " names another list; give its words");
      }
      out.addAll(named);
    }
    return out;
  }

  /** Every pattern, in file order. */
  public List<EventPattern> all() {
    return all;
  }

  /** The patterns {@code token} may trigger, most specific first. */
  public List<EventPattern> candidates(Token token) {
    String lemma = norm(token.lemma());
    if (token.isVerb()) {
      return byVerb.getOrDefault(lemma, List.of());
    }
    if (token.isPos("NOUN", "PROPN")) {
      List<EventPattern> out = new ArrayList<>();
      for (EventPattern p : nouns) {
        if ((lemma.endsWith(p.noun()) || norm(token.word()).endsWith(p.noun()))
            && p.except().stream().noneMatch(x -> lemma.endsWith(x) || norm(token.word()).endsWith(x))) {
          out.add(p);
        }
      }
      // The longest tail is the most specific: "luftangriff" before "angriff".
      out.sort((a, b) -> b.noun().length() - a.noun().length());
      return out;
    }
    return List.of();
  }

  /**
   * Whether a tagged but unparsed token could trigger a pattern: the cheap test that decides whether a sentence
   * is parsed at all. Separable verbs are caught by their base ("laden" for "lud ... ein").
   */
  public boolean mayTrigger(Token token) {
    String lemma = norm(token.lemma());
    if (token.isVerb()) {
      return triggerStems.contains(lemma);
    }
    return !candidates(token).isEmpty();
  }

  private static boolean unconditioned(EventPattern p) {
    return p.object().isEmpty() && p.requires().isEmpty() && p.predicate().isEmpty();
  }

  private static String separableBase(String verb) {
    for (String prefix : SEPARABLE_PREFIXES) {
      if (verb.startsWith(prefix) && verb.length() > prefix.length() + 3) {
        return verb.substring(prefix.length());
      }
    }
    return verb;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

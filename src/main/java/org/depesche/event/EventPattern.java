package org.depesche.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One German trigger and how to read an event from it; an entry of {@code depesche/verbs/de/patterns.yaml}.
 *
 * @param verb      the verb's infinitive, or null for a noun pattern
 * @param noun      the lower-case tail of a trigger noun ("angriff" matches "Raketenangriff"), or null
 * @param object    lower-case tails one of which the direct object must end with, or empty
 * @param requires  roles one of which the trigger must fill, with any words ("sich aussprechen" + obl:gegen)
 * @param predicate lower-case tails one of which the predicative complement must end with: how the subject
 *                  judges the object ("bezeichnete den Besuch als hilfreich", "nannte ihn einen Terroristen")
 * @param except    lower-case tails that stop the pattern: of the noun itself for a noun pattern ("wahlkampf" is
 *                  no fighting), of the direct object for a verb pattern ("eine Entscheidung treffen")
 * @param cameo     the CAMEO code
 * @param source    roles to read the source from, most preferred first (empty: the default)
 * @param target    roles to read the target from
 * @param symmetric whether coordinated subjects act on each other (talks, calls, agreements)
 * @param quoted    true: only where a quotation in marks follows the trigger in its sentence ("griff ihn an:
 *                  „...“" is a verbal attack); false: only where none does; null: either
 * @param examples  sentences the pattern must code, or is known to fail on
 */
public record EventPattern(String verb, String noun, List<String> object, List<String> requires,
    List<String> predicate, List<String> except, String cameo,
    List<String> source,
    List<String> target, boolean symmetric, Boolean quoted, List<Example> examples) {
  public EventPattern {
    object = object == null ? List.of() : List.copyOf(object);
    requires = requires == null ? List.of() : List.copyOf(requires);
    except = except == null ? List.of() : List.copyOf(except);
    predicate = predicate == null ? List.of() : List.copyOf(predicate);
    examples = examples == null ? List.of() : List.copyOf(examples);
    if (source == null || source.isEmpty()) {
      source = verb != null ? List.of("subj") : List.of("gen", "nmod:von", "nmod:durch");
    }
    if (target == null || target.isEmpty()) {
      target = verb != null ? List.of("obj", "iobj") : List.of("nmod:gegen", "nmod:auf", "nmod:mit");
    }
  }

  /**
   * A sentence the pattern must code, with the expected actor keys.
   *
   * @param text         the sentence
   * @param source       the source's key; alternatives separated by "|"
   * @param target       the target's key; alternatives separated by "|"
   * @param knownFailure why the coder fails on it today, in a few words, or null where it must be coded
   */
  public record Example(String text, String source, String target,
      @JsonProperty("known_failure") String knownFailure) {}

  /** The root of the code: its first two digits. */
  public String root() {
    return cameo.substring(0, 2);
  }

  /** The trigger word: the verb, or the noun's tail. */
  public String trigger() {
    return verb != null ? verb : noun;
  }

  /** The same pattern with other target roles. */
  EventPattern withTarget(List<String> newTarget) {
    return new EventPattern(verb, noun, object, requires, predicate, except, cameo, source, newTarget, symmetric,
        quoted, examples);
  }

  /** The same pattern with its word lists (object, predicate, except) put through {@code words}. */
  EventPattern withWords(UnaryOperator<List<String>> words) {
    return new EventPattern(verb, noun, words.apply(object), requires, words.apply(predicate), words.apply(except),
        cameo, source, target, symmetric, quoted, examples);
  }
}

package org.depesche.nlp;

import java.util.List;
import java.util.function.Predicate;

/**
 * Splits text into sentences and words, tags them, and parses the sentences a caller asks for.
 * Implementations are thread-safe: one instance is loaded per JVM and shared by worker threads.
 */
public interface LinguisticAnnotator {
  /**
   * Analyses {@code text}.
   *
   * @param worthParsing decides, from the tagged and lemmatised tokens, which sentences get a dependency parse
   *                     (parsing is the expensive step)
   */
  List<Sentence> annotate(String text, Predicate<List<Token>> worthParsing);
}

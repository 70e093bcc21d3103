package org.depesche.nlp;

/**
 * One word of a sentence with its analysis.
 *
 * @param index position in the sentence, from 0
 * @param word  the word as printed
 * @param lemma the base form (infinitive, nominative singular); separable verbs are rejoined ("mitteilen")
 * @param pos   Universal Dependencies part of speech (NOUN, PROPN, VERB, ADJ, ...)
 * @param ner   named-entity class (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 * @param begin character offset in the article text where the word starts
 * @param end   character offset where it ends
 * @param head  index of the syntactic head, -1 for the root, {@link #UNPARSED} when the sentence was not parsed
 * @param rel   Universal Dependencies relation to the head ("nsubj", "obl", ...), or "" when unparsed
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end, int head,
    String rel) {
  /** The head of a token in a sentence that was not parsed. */
  public static final int UNPARSED = -2;

  /** Whether the part of speech is one of {@code tags}. */
  public boolean isPos(String... tags) {
    for (String t : tags) {
      if (pos.equals(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this token is a verb (full verb or auxiliary). */
  public boolean isVerb() {
    return isPos("VERB", "AUX");
  }

  /** The same token with another lemma. */
  public Token withLemma(String newLemma) {
    return new Token(index, word, newLemma, pos, ner, begin, end, head, rel);
  }
}

package org.depesche.eval;

import java.util.List;

/**
 * One sentence of a GermEval 2014 NER file: the words as tokenised by the annotators and their outer BIO tags.
 * The sentence's {@link #text()} joins the words with single spaces; character offsets into that text map back
 * to words with {@link #wordAt(int)}.
 *
 * @param source the sentence's source (a URL and a date), from the {@code #} line
 * @param line   the line of the file where the sentence's first word stands, from 1
 * @param words  the words as printed
 * @param tags   the outer BIO tag of each word ({@code B-PER}, {@code I-LOCderiv}, {@code O}, ...)
 */
public record GermEvalSentence(String source, int line, List<String> words, List<String> tags) {
  public GermEvalSentence {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
    }
  }

  /** The words joined with single spaces. */
  public String text() {
    return String.join(" ", words);
  }

  /** The word that holds character {@code offset} of {@link #text()}; a space belongs to the word before it. */
  public int wordAt(int offset) {
    int end = 0;
    for (int i = 0; i < words.size(); i++) {
      end += words.get(i).length() + 1;
      if (offset < end && offset >= 0) {
        return i;
      }
    }
    throw new IndexOutOfBoundsException("offset " + offset + " is outside the sentence at line " + line);
  }
}

package org.depesche.actor;

import java.util.Locale;
import java.util.Set;
import org.depesche.nlp.Token;

/** The words that introduce or close a quotation ({@code depesche/verbs/de/speech-cues.txt}): lemmas or forms. */
record SpeechCues(Set<String> words) {
  /** Whether token {@code t} is a cue, by its lemma or its form. */
  boolean at(Token t) {
    return words.contains(t.lemma().toLowerCase(Locale.ROOT)) || words.contains(t.word().toLowerCase(Locale.ROOT));
  }
}

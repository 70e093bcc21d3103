package org.depesche.actor;

/**
 * One kind of actor mention a {@link SentenceScan} looks for at each token, left to right: "Olaf Scholz", "der
 * polnische Präsident", "die beiden Länder". The scan asks its recognisers in order and the first that reads
 * something at a token wins; the scan goes on after what it read.
 *
 * <p>Implementations hold only what they were built with (the lexicon, shared helpers) and keep all per-sentence
 * state in the {@link ScanState}, so one instance serves every sentence and thread.
 */
@FunctionalInterface
interface MentionRecogniser {
  /**
   * Reads a mention of this kind starting at token {@code at}, adding it to {@code state}.
   *
   * @return the index of the token after what was read, which may have added no mention (the scan skips it all the
   *     same), or {@code at} when nothing of this kind starts there
   */
  int read(ScanState state, int at);
}

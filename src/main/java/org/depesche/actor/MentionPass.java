package org.depesche.actor;

/**
 * A revision of a sentence's mentions once the {@link MentionRecogniser}s have read it from left to right: what
 * can only be decided with the mentions on both sides known, such as a party in brackets after a person.
 */
@FunctionalInterface
interface MentionPass {
  /** Changes {@code state.found()} in place. */
  void apply(ScanState state);
}

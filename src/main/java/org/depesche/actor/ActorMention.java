package org.depesche.actor;

/**
 * Where a sentence names an actor, and how the actor was worked out.
 *
 * @param first  index of the first token
 * @param last   index of the last token (inclusive)
 * @param actor  who is named
 * @param person whether the words name one person (used to follow "er" and "der Präsident" through the text)
 * @param how    a short, readable account of how the actor was resolved (for {@code depesche actor} and
 *               {@code explain})
 */
public record ActorMention(int first, int last, Actor actor, boolean person, String how) {
  /** Whether token {@code i} is part of the mention. */
  public boolean covers(int i) {
    return i >= first && i <= last;
  }
}

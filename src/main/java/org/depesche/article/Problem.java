package org.depesche.article;

/**
 * Something wrong with one input record: reported to the user, never fatal to a batch.
 *
 * @param where   the file, and line where known ({@code corpus.jsonl:17})
 * @param message what is wrong, one line
 */
public record Problem(String where, String message) {
  @Override
  public String toString() {
    return where + ": " + message;
  }
}

package org.depesche.article;

/** Input that cannot be read as an article: the message is one line meant for the user. */
public final class InvalidInputException extends RuntimeException {
  public InvalidInputException(String message) {
    super(message);
  }
}

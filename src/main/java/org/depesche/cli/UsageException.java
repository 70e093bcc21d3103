package org.depesche.cli;

/**
 * A command line that asks for something the command does not do: a bad option value or a combination of options
 * it refuses. Like a bad option, it ends the run with exit code 2 and a one-line message.
 */
final class UsageException extends IllegalArgumentException {
  UsageException(String message) {
    super(message);
  }
}

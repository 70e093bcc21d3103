package org.depesche.store;

/**
 * The store failed: it could not be opened (no such folder, locked by another process, a newer schema) or it
 * refused a statement. It carries the database's own message and, as its cause, the {@code SQLException}.
 *
 * <p>Unchecked on purpose: no caller can do anything about a failing store but stop and say why, and the callers
 * that matter cannot declare a checked exception anyway (the coding loop hands each article to the store from a
 * callback, the web server from a handler). Keeping {@code java.sql} types inside this package also means nobody
 * outside it has to import them to catch or declare one.
 */
public final class StoreException extends RuntimeException {
  StoreException(String message) {
    super(message);
  }

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.depesche.store;

/**
 * Which part of a long answer to return: at most {@code limit} rows after skipping {@code offset}. The web API
 * pages through events with it; the command line asks for the first rows or all.
 */
public record Page(int limit, int offset) {
  public Page {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("a page needs a limit and an offset of 0 or more, not " + limit + " and "
          + offset);
    }
  }

  /** The first {@code limit} rows. */
  public static Page first(int limit) {
    return new Page(limit, 0);
  }

  /** Every row. */
  public static Page all() {
    return new Page(Integer.MAX_VALUE, 0);
  }

  /** The SQL clause; the numbers are checked integers, so they can be written into the statement. */
  String sql() {
    return " LIMIT " + limit + " OFFSET " + offset;
  }
}

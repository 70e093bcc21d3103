package org.depesche.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * One row the job writes and the table it goes to: a task codes a record into an article row and its event rows, or
 * into an error row, in one pass, and the tables are split only when written.
 *
 * @param table {@code events}, {@code articles} or {@code errors}
 */
record Outcome(String table, Row row) implements Serializable {
  static final String EVENTS = "events";
  static final String ARTICLES = "articles";
  static final String ERRORS = "errors";
}

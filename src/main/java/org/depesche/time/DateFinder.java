package org.depesche.time;

import java.time.LocalDate;
import java.util.List;

/** Finds the date expressions of a text in one language and resolves them against a reference day. */
public interface DateFinder {
  /**
   * The date expressions of {@code text}, in text order, none overlapping.
   *
   * @param reference the publication date, or null
   * @param year      the year to give day-and-month dates when no reference date is known, or 0
   */
  List<TimeExpression> find(String text, LocalDate reference, int year);
}

package org.depesche.store;

/**
 * Real-world events in one day, week or month of the timeline, by quad class.
 *
 * @param period the period's first day (YYYY-MM-DD)
 * @param quad1  verbal cooperation
 * @param quad2  material cooperation
 * @param quad3  verbal conflict
 * @param quad4  material conflict
 */
public record Period(String period, long quad1, long quad2, long quad3, long quad4) {}

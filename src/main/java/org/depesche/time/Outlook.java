package org.depesche.time;

/**
 * Which way an event's date words look when they do not say it themselves ("am Freitag", "im Frühjahr"): a
 * report looks back to the last Friday, a plan or a hypothesis ahead to the next.
 */
public enum Outlook {
  BACK, AHEAD
}

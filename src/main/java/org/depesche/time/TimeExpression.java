package org.depesche.time;

/**
 * A date expression found in a text, resolved.
 *
 * @param begin character offset where it starts (in the text it was found in)
 * @param end   where it ends
 * @param date  the date it names
 */
public record TimeExpression(int begin, int end, EventDate date) {}

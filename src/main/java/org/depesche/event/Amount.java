package org.depesche.event;

/**
 * A sum or count an event carries.
 *
 * @param value    the number (8,7 Milliarden is 8.7e9)
 * @param currency ISO 4217 code, or null for counts
 * @param unit     what is counted when not money ("people"), or null
 * @param text     the words as printed
 */
public record Amount(double value, String currency, String unit, String text) {}

package org.depesche.event;

/**
 * A quotation an event was coded from.
 *
 * @param speaker who said it, as named in the article
 * @param text    the quoted words
 */
public record Quote(String speaker, String text) {}

package org.depesche.store;

import java.time.LocalDate;

/**
 * One coded event as {@code depesche query --mentions} lists it: every report of a real-world event on its own.
 *
 * @param id        the event's id
 * @param cluster   the real-world event it reports
 * @param date      its date as coded
 * @param published the article's publication date
 * @param cameo     its CAMEO code
 * @param plover    its PLOVER type
 * @param source    the source actor's code
 * @param target    the target actor's code, or null
 * @param modality  asserted, intended, hypothetical or negated
 * @param article   the stored article's id
 * @param location  where it took place: the place's name, or null
 * @param locationCountry the ISO 3166-1 alpha-3 code of that place's country, or null
 * @param evidence  the sentence it was coded from
 */
public record MentionRow(String id, long cluster, String date, LocalDate published, String cameo, String plover,
    String source, String target, String modality, String article, String location, String locationCountry,
    String evidence) {}

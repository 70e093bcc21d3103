package org.depesche.store;

import java.time.LocalDate;

/**
 * One real-world event as {@code depesche query} lists it: its cluster, shown by the representative event.
 *
 * @param cluster   the cluster's id
 * @param date      the representative's date as coded ("2024-10-29", "2024-10")
 * @param cameo     its CAMEO code
 * @param plover    its PLOVER type
 * @param source    the source actor's code
 * @param target    the target actor's code, or null
 * @param modality  asserted, intended, hypothetical or negated
 * @param mentions  how many coded events the cluster merges
 * @param articles  from how many articles
 * @param firstSeen publication date of the first report
 * @param lastSeen  publication date of the last report
 * @param location  where the representative took place: the place's name, or null
 * @param locationCountry the ISO 3166-1 alpha-3 code of that place's country, or null
 * @param evidence  the representative's sentence
 */
public record ClusterRow(long cluster, String date, String cameo, String plover, String source, String target,
    String modality, int mentions, int articles, LocalDate firstSeen, LocalDate lastSeen, String location,
    String locationCountry, String evidence) {}

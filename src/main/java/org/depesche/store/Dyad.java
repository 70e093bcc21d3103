package org.depesche.store;

/**
 * A pair of actors in the network: how many real-world events one did to the other, and how cooperative they
 * were on average.
 *
 * @param source    the source actor's key
 * @param target    the target actor's key
 * @param events    real-world events (clusters) between them in this direction
 * @param goldstein the mean Goldstein weight of their events, rounded to two places (-10 conflict to +10)
 */
public record Dyad(String source, String target, long events, double goldstein) {}

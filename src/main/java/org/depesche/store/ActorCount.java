package org.depesche.store;

/**
 * An actor as events name it, with how often.
 *
 * @param key    its key: the country, else the organisation
 * @param name   the name it goes by most
 * @param events how many stored events name it, on either side
 */
public record ActorCount(String key, String name, long events) {}

package org.depesche.place;

/**
 * Where an event took place, as the event record gives it ({@code location} in {@code CONTRACT.md}).
 *
 * @param text      the words that name it, or null where only the actors' country is known
 * @param name      the place's name (GeoNames' name, a region's or a country's name)
 * @param geonames  the GeoNames id, or null (regions, countries)
 * @param country   ISO 3166-1 alpha-3
 * @param admin1    the first-level region, or null
 * @param latitude  degrees north, or null where the place is a whole country
 * @param longitude degrees east, or null
 * @param basis     how it was found
 */
public record Location(String text, String name, Long geonames, String country, String admin1, Double latitude,
    Double longitude, Basis basis) {

  /** How a location was found, from the surest to the least sure. */
  public enum Basis {
    /** Named in the event's own sentence. */
    SENTENCE,
    /** Named in the article's dateline or lead. */
    ARTICLE,
    /** Not named: only the actors' country is known. */
    ACTOR
  }

  /** A place of the gazetteer named by {@code text}. */
  public static Location of(Place p, String text, Basis basis) {
    return new Location(text, p.name(), p.geonames(), p.country(), p.admin1().isEmpty() ? null : p.admin1(),
        p.latitude(), p.longitude(), basis);
  }

  /** A whole country, named by {@code text} or (with a null text) only known as the actors' country. */
  public static Location country(String code, String text, Basis basis) {
    return new Location(text, Countries.name(code), null, code, null, null, null, basis);
  }

  /** Whether it has coordinates: a country as a whole has none. */
  public boolean located() {
    return latitude != null && longitude != null;
  }
}

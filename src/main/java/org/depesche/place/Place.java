package org.depesche.place;

import java.util.List;

/**
 * A place of the gazetteer: a town, a part of a town, a city abroad or a first-level region (a Land, a Kanton).
 *
 * @param forms      the ways text writes its name, the first its name ("Halle (Saale)", "Halle/Saale", "Halle")
 * @param adjective  its "-er" adjective ("Kölner"), or empty
 * @param geonames   its GeoNames id, or null for a region
 * @param country    ISO 3166-1 alpha-3
 * @param admin1     the first-level region it lies in, or empty where the gazetteer does not say
 * @param latitude   degrees north
 * @param longitude  degrees east
 * @param population inhabitants
 * @param kind       what it is, and whether it may name actors' home
 */
public record Place(List<String> forms, String adjective, Long geonames, String country, String admin1,
    double latitude, double longitude, long population, Kind kind) {

  /** What a place is. */
  public enum Kind {
    /**
     * A town of Germany, Austria or Switzerland whose name is no common word and no larger place's name: it also
     * names the home of actors ("die Freitaler Polizei").
     */
    TOWN,
    /** Any other populated place, at home or abroad. */
    PLACE,
    /** A first-level region (Land, Bundesland, Kanton), at the centre of its population. */
    REGION
  }

  public Place {
    forms = List.copyOf(forms);
  }

  /** Its name: the first of its forms. */
  public String name() {
    return forms.get(0);
  }
}

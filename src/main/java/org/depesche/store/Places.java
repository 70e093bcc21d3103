package org.depesche.store;

import java.util.List;
import org.depesche.place.Countries;

/**
 * Where matching real-world events took place, for the map: each located place and each country, with how many
 * real-world events happened there.
 *
 * @param places    places with coordinates, most events first
 * @param countries countries, most events first
 */
public record Places(List<Place> places, List<Country> countries) {
  public Places {
    places = List.copyOf(places);
    countries = List.copyOf(countries);
  }

  /**
   * A place with coordinates: a town, a city or a region.
   *
   * @param name     its name
   * @param geonames its GeoNames id, or null (a region)
   * @param country  ISO 3166-1 alpha-3
   * @param admin1   its first-level region, or null
   * @param lat      degrees north
   * @param lon      degrees east
   * @param events   real-world events there
   */
  public record Place(String name, Long geonames, String country, String admin1, double lat, double lon,
      long events) {}

  /**
   * A country.
   *
   * @param country      ISO 3166-1 alpha-3
   * @param name         its English name, or the code where it is not known
   * @param numeric      its ISO 3166-1 numeric code, the id of its shape in Natural Earth's TopoJSON, or null
   * @param events       real-world events anywhere in it
   * @param countryLevel those of them known only to have happened in the country, without a place
   */
  public record Country(String country, String name, String numeric, long events, long countryLevel) {
    static Country of(String iso3, long events, long countryLevel) {
      Countries.Country c = Countries.of(iso3).orElse(null);
      return new Country(iso3, c == null ? iso3 : c.name(), c == null ? null : c.numeric(), events, countryLevel);
    }
  }
}

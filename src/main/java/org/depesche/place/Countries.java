package org.depesche.place;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.depesche.internal.DataFiles;

/**
 * A country's names and other codes, by its ISO 3166-1 alpha-3 code: its English name (of locations, exports and
 * the map alike), the ISO numeric code (the ids of the map's Natural Earth shapes) and the FIPS 10-4 code (GDELT's
 * country codes). Read from {@code depesche/place/countries.tsv}, made from GeoNames' country table.
 */
public final class Countries {
  /**
   * One country's codes.
   *
   * @param iso3    ISO 3166-1 alpha-3
   * @param numeric ISO 3166-1 numeric, three digits, or null (Kosovo)
   * @param fips    FIPS 10-4, or null where FIPS has none
   * @param name    its English name
   */
  public record Country(String iso3, String numeric, String fips, String name) {}

  private static final Map<String, Country> BY_ISO3 = read();

  private Countries() {}

  /** The codes of the country with this ISO 3166-1 alpha-3 code, if it is one. */
  public static Optional<Country> of(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : BY_ISO3.get(iso3));
  }

  /** The English name of {@code iso3}, or the code itself where the table has no such country. */
  public static String name(String iso3) {
    return of(iso3).map(Country::name).orElse(iso3);
  }

  private static Map<String, Country> read() {
    Map<String, Country> out = new HashMap<>();
    for (String line : DataFiles.lines("/depesche/place/countries.tsv")) {
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalStateException("countries.tsv: want 4 tab-separated fields: " + line);
      }
      out.put(f[0], new Country(f[0], f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2], f[3]));
    }
    return Map.copyOf(out);
  }
}

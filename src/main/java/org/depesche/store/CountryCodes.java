package org.depesche.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A country's other codes, by its ISO 3166-1 alpha-3 code: the ISO numeric code (the ids of the map's Natural Earth
 * shapes), the FIPS 10-4 code (GDELT's country codes) and its English name. Read from {@code depesche/store/
 * countries.tsv}, made from GeoNames' country table.
 */
final class CountryCodes {
  /**
   * One country's codes.
   *
   * @param iso3    ISO 3166-1 alpha-3
   * @param numeric ISO 3166-1 numeric, three digits, or null (Kosovo)
   * @param fips    FIPS 10-4, or null where FIPS has none
   * @param name    its English name
   */
  record Country(String iso3, String numeric, String fips, String name) {}

  private static final Map<String, Country> BY_ISO3 = read();

  private CountryCodes() {}

  /** The codes of the country with this ISO 3166-1 alpha-3 code, if it is one. */
  static Optional<Country> of(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : BY_ISO3.get(iso3));
  }

  private static Map<String, Country> read() {
    Map<String, Country> out = new HashMap<>();
    try (InputStream in = CountryCodes.class.getResourceAsStream("/depesche/store/countries.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing depesche/store/countries.tsv");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw new IllegalStateException("countries.tsv: want 4 tab-separated fields: " + line);
        }
        out.put(f[0], new Country(f[0], f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2], f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}

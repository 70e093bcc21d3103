package org.depesche.place;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English names of countries by their ISO 3166-1 alpha-3 code, from the JDK's locale tables. */
final class Countries {
  private static final Map<String, String> NAMES = names();

  private Countries() {}

  /** The English name of {@code iso3}, or the code itself where the JDK knows none (Kosovo: XKX). */
  static String name(String iso3) {
    return NAMES.getOrDefault(iso3, iso3);
  }

  private static Map<String, String> names() {
    Map<String, String> out = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      out.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
    }
    out.put("XKX", "Kosovo");
    return Map.copyOf(out);
  }
}

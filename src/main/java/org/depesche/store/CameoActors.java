package org.depesche.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.depesche.internal.DataFiles;
import org.depesche.place.Countries;

/**
 * Depesche's actors as CAMEO's actor codebook and GDELT write them: {@code IGOEUREEC} for the EU, {@code KSV} for
 * Kosovo, the English name, the region, known group and type codes. Organisations and the few countries whose CAMEO
 * code is not their ISO code come from {@code depesche/ontology/cameo-actors.tsv}; every other country is its ISO
 * 3166-1 alpha-3 code, which CAMEO uses.
 */
final class CameoActors {
  /**
   * One organisation's or country's CAMEO coding.
   *
   * @param code    the CAMEO actor code ({@code IGOEUREEC})
   * @param country the region or country code GDELT puts in ActorCountryCode ({@code EUR}), or empty
   * @param group   the CAMEO known-group code ({@code EEC}), or empty
   * @param types   the CAMEO type codes within the code ({@code IGO}), in order
   * @param name    the English name
   */
  record Entry(String code, String country, String group, List<String> types, String name) {}

  /**
   * An actor's ten GDELT columns, Actor1Code to Actor1Type3Code; unknown ones are empty.
   *
   * @param code      the CAMEO actor code with the actor's sector ({@code DEUGOV}, {@code IGOEUREECMIL})
   * @param name      the English name, upper case as GDELT writes it
   * @param country   CAMEO country or region code
   * @param group     CAMEO known-group code
   * @param types     up to three CAMEO type codes
   */
  record Coded(String code, String name, String country, String group, List<String> types) {
    /** The ten columns in GDELT's order: code, name, country, known group, ethnic, two religions, three types. */
    List<String> columns() {
      List<String> c = new ArrayList<>(List.of(code, name, country, group, "", "", ""));
      for (int i = 0; i < 3; i++) {
        c.add(i < types.size() ? types.get(i) : "");
      }
      return c;
    }
  }

  private static final Map<String, Entry> ORGANISATIONS = new HashMap<>();
  private static final Map<String, Entry> COUNTRIES = new HashMap<>();

  static {
    Map<String, Entry> section = ORGANISATIONS;
    for (String line : DataFiles.lines("/depesche/ontology/cameo-actors.tsv")) {
      if (line.startsWith("key\t")) {
        continue;
      }
      if (line.equals("country")) {
        section = COUNTRIES;
        continue;
      }
      String[] f = Arrays.copyOf(line.split("\t", -1), 6); // DataFiles strips trailing empty fields
      section.put(f[0], new Entry(f[1], blank(f[2]), blank(f[3]),
          blank(f[4]).isEmpty() ? List.of() : List.of(f[4].split(" ")), blank(f[5])));
    }
  }

  private CameoActors() {}

  /** The organisation key's CAMEO coding, or null for a key the table lacks. */
  static Entry organisation(String key) {
    return ORGANISATIONS.get(key);
  }

  /** The CAMEO code of a country given by its ISO 3166-1 alpha-3 code: the code itself but for the table's few. */
  static String country(String iso3) {
    Entry e = COUNTRIES.get(iso3);
    return e == null ? iso3 : e.code();
  }

  /**
   * An actor as GDELT's columns: the country's or organisation's CAMEO code with the sector appended where the code
   * lacks it, and the English name: a person's name where the actor was resolved to one ({@code personName}), else
   * the country's or organisation's name, never the article's inflected words.
   *
   * @param country    ISO 3166-1 alpha-3, or null
   * @param org        Depesche's organisation key, or null
   * @param sector     CAMEO type code of the actor's role, or null
   * @param personName the person's canonical name, or null
   * @return the columns, or null when the actor has neither country nor organisation
   */
  static Coded code(String country, String org, String sector, String personName) {
    String code;
    String region;
    String group = "";
    List<String> types = new ArrayList<>();
    String name;
    if (country != null) {
      code = country(country);
      region = code;
      name = Countries.name(country);
    } else if (org != null) {
      Entry e = ORGANISATIONS.getOrDefault(org, new Entry(org, "", "", List.of(), org));
      code = e.code();
      region = e.country();
      group = e.group();
      types.addAll(e.types());
      name = e.name();
    } else {
      return null;
    }
    if (sector != null && !types.contains(sector)) {
      code += sector;
      types.add(sector);
    }
    String shown = personName != null ? personName : name;
    return new Coded(code, shown.toUpperCase(Locale.ROOT), region, group, types);
  }

  private static String blank(String s) {
    return s == null ? "" : s.strip();
  }
}

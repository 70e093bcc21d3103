package org.depesche.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.depesche.event.Modality;

/**
 * Which stored events a question is about: an actor, a dyad, a CAMEO code or root, a PLOVER type, a quad class, a
 * date range (by the day the event happened or the day it was published), a modality, words in the evidence, and
 * where the event took place: the country of its location, or a circle around a point. Absent parts (null, or empty
 * lists) do not filter.
 *
 * <p>The one definition of the filters that {@code depesche query} and the web API share: both hand
 * {@link #parse} the values by the names in {@link #PARAMETERS}, as options ({@code --quad 2}) or as query
 * parameters ({@code ?quad=2}), and get the same checks and the same messages.
 *
 * @param actor    a key ("UKR") or part of a name ("Selenskyj"), on either side
 * @param dyad     two keys, in either direction, or none
 * @param cameo    a code or its prefix ("04", "041")
 * @param plover   a PLOVER type ("CONSULT")
 * @param quad     a quad class, 1 to 4
 * @param from     first day, or null
 * @param to       last day, or null
 * @param by       which day {@code from} and {@code to} are about
 * @param modality asserted, intended, hypothetical or negated, or null
 * @param words    words the evidence must hold, each of them
 * @param country  the ISO 3166-1 alpha-3 code of the country where the event took place (its {@code location}, not
 *                 an actor's country), or null
 * @param near     a circle the event's location must lie in, or null; events without coordinates never match
 */
public record EventFilter(String actor, List<String> dyad, String cameo, String plover, Integer quad, LocalDate from,
    LocalDate to, By by, Modality modality, List<String> words, String country, Near near) {

  /** The names {@link #parse} reads its values by. */
  public static final List<String> PARAMETERS =
      List.of("actor", "dyad", "cameo", "plover", "quad", "from", "to", "by", "modality", "text", "country", "near");

  /** PLOVER's sixteen event types, the values {@code plover} takes. */
  public static final List<String> PLOVER_TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
      "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
      "ASSAULT");

  private static final org.depesche.event.CameoOntology CAMEO = org.depesche.event.CameoOntology.standard();

  /** Which day a date range is about: the day the event happened, or the day the article was published. */
  public enum By { EVENT, PUBLISHED }

  /**
   * A circle on the earth: the events whose location lies within {@code km} of a point, by great-circle distance.
   *
   * @param latitude  degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @param km        the radius in kilometres, above 0
   */
  public record Near(double latitude, double longitude, double km) {
    public Near {
      if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)
          || !(km > 0 && Double.isFinite(km))) {
        throw new IllegalArgumentException("no circle at " + latitude + ", " + longitude + " of " + km + " km");
      }
    }
  }

  public EventFilter {
    dyad = List.copyOf(dyad);
    words = List.copyOf(words);
    by = by == null ? By.EVENT : by;
  }

  /** No filter at all. */
  public static EventFilter all() {
    return new EventFilter(null, List.of(), null, null, null, null, null, By.EVENT, null, List.of(), null, null);
  }

  /**
   * The filter the named values ask for; a null or blank value leaves its part out.
   *
   * @param values the value of each of the {@link #PARAMETERS} by name, or null
   * @throws InvalidFilterException for the first value that does not fit, naming its parameter
   */
  public static EventFilter parse(Function<String, String> values) {
    Function<String, String> given = name -> {
      String v = values.apply(name);
      return v == null || v.isBlank() ? null : v.strip();
    };
    String text = given.apply("text");
    LocalDate from = date("from", given.apply("from"));
    LocalDate to = date("to", given.apply("to"));
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidFilterException("from", "comes after to (" + from + " after " + to + "): no day is in that "
          + "range");
    }
    return new EventFilter(given.apply("actor"), dyad(given.apply("dyad")), cameo(given.apply("cameo")),
        plover(given.apply("plover")), quad(given.apply("quad")), from, to, by(given.apply("by")),
        modality(given.apply("modality")),
        text == null ? List.of() : Arrays.asList(text.split("\\s+")), country(given.apply("country")),
        near(given.apply("near")));
  }

  private static String country(String v) {
    if (v != null && !v.matches("[A-Za-z]{3}")) {
      throw invalid("country", "takes the ISO 3166-1 alpha-3 code of the country where events took place, as DEU", v);
    }
    return upper(v);
  }

  private static Near near(String v) {
    if (v == null) {
      return null;
    }
    String[] parts = v.split(",", -1);
    try {
      if (parts.length == 3) {
        return new Near(number(parts[0]), number(parts[1]), number(parts[2]));
      }
    } catch (IllegalArgumentException e) {
      // a part that is no number, or a point off the earth, or no distance: the same message below
    }
    throw invalid("near", "takes LAT,LON,KM: a latitude from -90 to 90, a longitude from -180 to 180 and a radius "
        + "in km above 0, as 52.52,13.40,30", v);
  }

  /** A plain decimal number ("52.52", "-3"): no exponent, NaN, Infinity or hexadecimal, which Java would read. */
  private static double number(String v) {
    String s = v.strip();
    if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw new NumberFormatException(s);
    }
    return Double.parseDouble(s);
  }

  private static List<String> dyad(String v) {
    String[] keys = v == null ? new String[0] : v.split(",", -1);
    if (v != null && (keys.length != 2 || keys[0].isBlank() || keys[1].isBlank())) {
      throw invalid("dyad", "takes two actor keys, as UKR,JPN", v);
    }
    return Arrays.stream(keys).map(k -> upper(k.strip())).toList();
  }

  private static String cameo(String v) {
    if (v != null && !v.matches("\\d{2,4}")) {
      throw invalid("cameo", "takes a CAMEO code or root of 2 to 4 digits", v);
    }
    if (v != null && CAMEO.type(v).isEmpty()) {
      throw invalid("cameo", "takes a CAMEO code or root that exists (01 to 20, as 04, 042 or 0841)", v);
    }
    return v;
  }

  private static String plover(String v) {
    if (v != null && !PLOVER_TYPES.contains(upper(v))) {
      throw invalid("plover", "takes one of PLOVER's types (" + String.join(", ", PLOVER_TYPES) + ")", v);
    }
    return upper(v);
  }

  private static Integer quad(String v) {
    if (v != null && !v.matches("[1-4]")) {
      throw invalid("quad", "takes 1 to 4", v);
    }
    return v == null ? null : Integer.valueOf(v);
  }

  private static LocalDate date(String name, String v) {
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw invalid(name, "takes a date as YYYY-MM-DD", v);
    }
  }

  private static By by(String v) {
    if (v != null && !v.equals("event") && !v.equals("published")) {
      throw invalid("by", "takes event or published", v);
    }
    return "published".equals(v) ? By.PUBLISHED : By.EVENT;
  }

  private static Modality modality(String v) {
    for (Modality m : Modality.values()) {
      if (m.label().equals(v)) {
        return m;
      }
    }
    if (v != null) {
      throw invalid("modality", "takes asserted, intended, hypothetical or negated", v);
    }
    return null;
  }

  private static String upper(String v) {
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  private static InvalidFilterException invalid(String parameter, String takes, String value) {
    return new InvalidFilterException(parameter, takes + ", not '" + value + "'");
  }
}

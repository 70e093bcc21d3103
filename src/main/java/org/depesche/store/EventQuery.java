package org.depesche.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A filter over stored events, built from the options of {@code depesche query}: actor, dyad, CAMEO code or root,
 * PLOVER type, quad class, date range (by event date or publication date), modality and words in the evidence. It
 * turns into a SQL condition over the {@code events} table with its parameters, never splicing user text into SQL.
 *
 * @param actor    a key ("UKR") or part of a name ("Selenskyj"), on either side
 * @param dyad     two keys, in either direction
 * @param cameo    a code or its prefix ("04", "041")
 * @param plover   a PLOVER type ("CONSULT")
 * @param quad     a quad class, 1 to 4
 * @param from     first day, or null
 * @param to       last day, or null
 * @param published whether the range is on the publication date rather than the event date
 * @param modality asserted, intended, hypothetical or negated, or null
 * @param text     words the evidence must hold, or null
 */
public record EventQuery(String actor, List<String> dyad, String cameo, String plover, Integer quad, LocalDate from,
    LocalDate to, boolean published, String modality, String text) {

  /** No filter at all. */
  public static EventQuery all() {
    return new EventQuery(null, List.of(), null, null, null, null, null, false, null, null);
  }

  /** A SQL condition over {@code events} (alias {@code e}) and its parameters, in order. */
  public record Sql(String where, List<Object> parameters) {}

  public Sql sql() {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (actor != null) {
      parts.add("(e.source_key = ? OR e.target_key = ? OR e.source_name ILIKE ? OR e.target_name ILIKE ?)");
      String key = actor.toUpperCase(Locale.ROOT);
      params.addAll(List.of(key, key, "%" + actor + "%", "%" + actor + "%"));
    }
    if (!dyad.isEmpty()) {
      if (dyad.size() != 2) {
        throw new IllegalArgumentException("--dyad takes two keys, as UKR,JPN");
      }
      String a = dyad.get(0).toUpperCase(Locale.ROOT);
      String b = dyad.get(1).toUpperCase(Locale.ROOT);
      parts.add("((e.source_key = ? AND e.target_key = ?) OR (e.source_key = ? AND e.target_key = ?))");
      params.addAll(List.of(a, b, b, a));
    }
    if (cameo != null) {
      if (!cameo.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("--cameo takes a CAMEO code or root of 2 to 4 digits, not '" + cameo + "'");
      }
      parts.add("e.cameo LIKE ?");
      params.add(cameo + "%");
    }
    if (plover != null) {
      parts.add("e.plover = ?");
      params.add(plover.toUpperCase(Locale.ROOT));
    }
    if (quad != null) {
      if (quad < 1 || quad > 4) {
        throw new IllegalArgumentException("--quad takes 1 to 4, not " + quad);
      }
      parts.add("e.quad_class = ?");
      params.add(quad);
    }
    String day = published ? "e.published" : "e.event_day";
    if (from != null) {
      parts.add(day + " >= ?");
      params.add(java.sql.Date.valueOf(from));
    }
    if (to != null) {
      parts.add(day + " <= ?");
      params.add(java.sql.Date.valueOf(to));
    }
    if (modality != null) {
      if (!List.of("asserted", "intended", "hypothetical", "negated").contains(modality)) {
        throw new IllegalArgumentException("--modality takes asserted, intended, hypothetical or negated, not '"
            + modality + "'");
      }
      parts.add("e.modality = ?");
      params.add(modality);
    }
    if (text != null) {
      for (String word : text.trim().split("\\s+")) {
        parts.add("e.evidence ILIKE ?");
        params.add("%" + word + "%");
      }
    }
    return new Sql(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), params);
  }
}

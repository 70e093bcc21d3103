package org.depesche.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link EventFilter} as a SQL condition over {@code events} (alias {@code e}) with its parameters, in order:
 * the user's values are always bound as parameters, never spliced into the SQL.
 */
record FilterSql(String where, List<Object> parameters) {
  /** The earth's mean radius in kilometres (IUGG), as the ARVIG evaluation measures distances. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * The great-circle distance in km (haversine) from the event's location to the point of the parameters latitude,
   * latitude, longitude; null for an event without coordinates.
   */
  static final String DISTANCE = "2 * " + EARTH_RADIUS_KM + " * asin(least(1, sqrt("
      + "pow(sin(radians(e.location_lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(e.location_lat)) "
      + "* pow(sin(radians(e.location_lon - ?) / 2), 2))))";

  static FilterSql of(EventFilter f) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (f.actor() != null) {
      parts.add("(e.source_key = ? OR e.target_key = ? OR e.source_name ILIKE ? OR e.target_name ILIKE ?)");
      String key = f.actor().toUpperCase(Locale.ROOT);
      String name = "%" + f.actor() + "%";
      params.addAll(List.of(key, key, name, name));
    }
    if (!f.dyad().isEmpty()) {
      String a = f.dyad().get(0);
      String b = f.dyad().get(1);
      parts.add("((e.source_key = ? AND e.target_key = ?) OR (e.source_key = ? AND e.target_key = ?))");
      params.addAll(List.of(a, b, b, a));
    }
    if (f.cameo() != null) {
      parts.add("e.cameo LIKE ?");
      params.add(f.cameo() + "%");
    }
    if (f.plover() != null) {
      parts.add("e.plover = ?");
      params.add(f.plover());
    }
    if (f.quad() != null) {
      parts.add("e.quad_class = ?");
      params.add(f.quad());
    }
    String day = f.by() == EventFilter.By.PUBLISHED ? "e.published" : "e.event_day";
    if (f.from() != null) {
      parts.add(day + " >= ?");
      params.add(java.sql.Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      parts.add(day + " <= ?");
      params.add(java.sql.Date.valueOf(f.to()));
    }
    if (f.modality() != null) {
      parts.add("e.modality = ?");
      params.add(f.modality().label());
    }
    for (String word : f.words()) {
      parts.add("e.evidence ILIKE ?");
      params.add("%" + word + "%");
    }
    if (f.country() != null) {
      parts.add("e.location_country = ?");
      params.add(f.country());
    }
    if (f.near() != null) {
      EventFilter.Near n = f.near();
      // a box first, which rules out most rows cheaply, then the circle; the box is wide enough near the poles
      double dLat = Math.toDegrees(n.km() / EARTH_RADIUS_KM);
      parts.add("e.location_lat BETWEEN ? AND ? AND " + DISTANCE + " <= ?");
      params.addAll(List.of(n.latitude() - dLat, n.latitude() + dLat, n.latitude(), n.latitude(), n.longitude(),
          n.km()));
    }
    return new FilterSql(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), params);
  }
}

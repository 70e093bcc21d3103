package org.depesche.eval;

/**
 * Distances on the earth's surface, taken as a sphere of mean radius (the haversine formula): accurate to about
 * 0.5 %, enough to say whether a coded place lies within some kilometres of where an event happened.
 */
public final class GreatCircle {
  /** The earth's mean radius in kilometres (IUGG). */
  static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** The great-circle distance in kilometres between two points given in decimal degrees. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}

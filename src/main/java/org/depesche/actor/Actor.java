package org.depesche.actor;

/**
 * Who acts in an event, as coded: a country's or an organisation's actor with its sector.
 *
 * @param text    the words of the article that name the actor
 * @param name    the canonical name where known (a person's name, an organisation's name), else null
 * @param country ISO 3166-1 alpha-3 code, or null
 * @param org     key of an international organisation or group ({@code UN}, {@code NATO}), or null
 * @param sector  CAMEO actor type ({@code GOV}, {@code MIL}, {@code COP}, ...), or null when unknown
 */
public record Actor(String text, String name, String country, String org, String sector) {
  /** The key events are matched on: the country, else the organisation; null when neither is known. */
  public String key() {
    return country != null ? country : org;
  }

  /** The CAMEO actor code: key and sector joined ({@code UKRGOV}), or the key alone. */
  public String code() {
    String k = key();
    if (k == null) {
      return null;
    }
    return sector == null || (org != null && country == null && "IGO".equals(sector)) ? k : k + sector;
  }

  /** Whether {@code other} names the same named actor ("des Europarats", "des Europarates"; two words for Choe). */
  public boolean sameNamedActor(Actor other) {
    return other != null && name != null && name.equals(other.name) && java.util.Objects.equals(key(), other.key());
  }

  /** The same actor as named by other words of the article. */
  public Actor withText(String newText) {
    return new Actor(newText, name, country, org, sector);
  }
}

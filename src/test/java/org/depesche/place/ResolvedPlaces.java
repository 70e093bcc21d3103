package org.depesche.place;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Test-only view of what {@link Locator} chose for each mention of an article: {@code ArticlePlaces} keeps it
 * privately and only says where events took place, so tests read it here rather than widening main code.
 */
public final class ResolvedPlaces {
  private ResolvedPlaces() {}

  /** A mention and the place the Locator took it to mean (null for a whole country). */
  public record Choice(PlaceMention mention, Place place) {}

  /** Every mention of the article with the Locator's choice, in text order. */
  @SuppressWarnings("unchecked")
  public static List<Choice> of(Locator.ArticlePlaces places) {
    try {
      Field f = Locator.ArticlePlaces.class.getDeclaredField("resolved");
      f.setAccessible(true);
      return ((List<Locator.Resolved>) f.get(places)).stream()
          .map(r -> new Choice(r.mention(), r.place())).toList();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Locator.ArticlePlaces no longer keeps its resolved mentions", e);
    }
  }
}

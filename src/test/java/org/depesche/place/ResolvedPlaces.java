package org.depesche.place;

import java.util.List;

/** What {@link Locator} chose for each mention of an article, for tests that check the choice per mention. */
public final class ResolvedPlaces {
  private ResolvedPlaces() {}

  /** A mention and the place the Locator took it to mean (null for a whole country). */
  public record Choice(PlaceMention mention, Place place) {}

  /** Every mention of the article with the Locator's choice, in text order. */
  public static List<Choice> of(Locator.ArticlePlaces places) {
    return places.resolved().stream().map(r -> new Choice(r.mention(), r.place())).toList();
  }
}

package org.depesche.place;

import java.util.List;

/**
 * Where a sentence names a place or a country.
 *
 * @param sentence index of the sentence in the article
 * @param first    index of the first token
 * @param last     index of the last token (inclusive)
 * @param text     the words as printed
 * @param places   the places the words may stand for, largest first; empty for a country
 * @param country  the country named, for a country (the places' own countries otherwise), or null
 * @param cue      what the words around it say about the place
 */
public record PlaceMention(int sentence, int first, int last, String text, List<Place> places, String country,
    Cue cue) {

  /** What the words around a place name say of it. */
  public enum Cue {
    /** A word of place governs it ("in Freital", "im sächsischen Heidenau"): something happened there. */
    AT,
    /** It stands alone, as a name ("Freital", "Moskau kritisierte ..."). */
    NAMED,
    /** A town's adjective ("die Kölner Polizei"): someone of that town. */
    ADJECTIVE,
    /** A word of origin or direction governs it ("aus Togo", "nach Paris"): not where things happened. */
    ELSEWHERE
  }

  public PlaceMention {
    places = List.copyOf(places);
  }

  /** A mention of a whole country. */
  public static PlaceMention ofCountry(int sentence, int first, int last, String text, String country, Cue cue) {
    return new PlaceMention(sentence, first, last, text, List.of(), country, cue);
  }

  /** Whether it names a whole country rather than places in it. */
  public boolean wholeCountry() {
    return places.isEmpty();
  }
}

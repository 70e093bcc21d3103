package org.depesche.eval;

import java.time.LocalDate;
import java.util.Objects;
import org.depesche.article.Article;

/**
 * One event description of ARVIG ("Data on anti-refugee violence in Germany", Benček and Strasheim): what
 * happened, of which category, on which day and where.
 *
 * @param id        the record's id, unique in its file
 * @param text      the German description
 * @param category  the English category ({@code category_en}: assault, arson, demonstration, ...)
 * @param eventDate the day it happened
 * @param location  the place as the dataset names it ("Halle (Saale)"), may be empty
 * @param state     the Bundesland, may be empty
 * @param latitude  where it happened
 * @param longitude where it happened
 */
public record ArvigRecord(String id, String text, String category, LocalDate eventDate, String location,
    String state, double latitude, double longitude) {
  public ArvigRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(eventDate, "eventDate");
    location = location == null ? "" : location;
    state = state == null ? "" : state;
  }

  /**
   * The description as an article to code: its id, no title, the event's day as publication date (the
   * descriptions carry none of their own, and relative dates such as "am Montagabend" hang on it), German.
   */
  public Article article() {
    return new Article(id, "", null, eventDate, "de", text);
  }

  /** Whether the text names the place (see {@link PlaceMention}). */
  public boolean namesPlace() {
    return PlaceMention.named(text, location);
  }
}

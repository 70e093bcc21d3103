package org.depesche.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored article with every event coded from it, in sentence order.
 *
 * @param id        its id in the store
 * @param url       where it was published, or null
 * @param title     its headline
 * @param published its publication date, or null
 * @param text      the text that was coded (title and body), or null in stores from before text was kept
 * @param events    its events
 */
public record StoredArticle(String id, String url, String title, LocalDate published, String text,
    List<StoredEvent> events) {
  public StoredArticle {
    events = List.copyOf(events);
  }
}

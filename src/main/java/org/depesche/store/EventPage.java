package org.depesche.store;

import java.util.List;

/**
 * One page of the events matching a filter.
 *
 * @param total  how many match in all
 * @param events the events of this page
 */
public record EventPage(long total, List<StoredEvent> events) {
  public EventPage {
    events = List.copyOf(events);
  }
}

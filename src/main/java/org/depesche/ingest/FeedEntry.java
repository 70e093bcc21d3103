package org.depesche.ingest;

import java.time.LocalDate;

/**
 * One item of an RSS or Atom feed, as far as ingest cares.
 *
 * @param link      the article page's absolute URL, or null when the entry has none
 * @param title     the entry's title as plain text, may be empty
 * @param published the entry's publication (else update) day, or null when the feed does not say
 */
record FeedEntry(String link, String title, LocalDate published) {
  FeedEntry {
    title = title == null ? "" : title;
  }
}

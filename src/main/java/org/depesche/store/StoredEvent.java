package org.depesche.store;

import org.depesche.place.Location;

/**
 * A stored event as the web API shows it: the event record, the real-world event (cluster) it belongs to and where
 * it took place.
 *
 * @param record    the event record of CONTRACT.md, as JSON
 * @param cluster   its cluster
 * @param articleId the stored article it was coded from
 * @param location  where it took place, from the store's columns (also in the records of builds that wrote it), or
 *                  null
 */
public record StoredEvent(String record, Cluster cluster, String articleId, Location location) {
  /**
   * A real-world event: the events of many reports merged.
   *
   * @param id       the cluster's id
   * @param mentions how many coded events it merges
   * @param articles from how many articles
   */
  public record Cluster(long id, int mentions, int articles) {}
}

package org.depesche.store;

/**
 * A stored event as the web API shows it: the event record and the real-world event (cluster) it belongs to.
 *
 * @param record    the event record of CONTRACT.md, as JSON
 * @param cluster   its cluster
 * @param articleId the stored article it was coded from
 */
public record StoredEvent(String record, Cluster cluster, String articleId) {
  /**
   * A real-world event: the events of many reports merged.
   *
   * @param id       the cluster's id
   * @param mentions how many coded events it merges
   * @param articles from how many articles
   */
  public record Cluster(long id, int mentions, int articles) {}
}

/**
 * The Spark job: codes a corpus on a cluster (or in Spark's local mode) into Parquet. Built only with the Maven
 * profile {@code spark} (on unless {@code -Dnospark}); Spark itself is {@code provided}, by the cluster or by
 * {@code target/classpath.txt} for {@code ./depesche spark}.
 */
package org.depesche.spark;

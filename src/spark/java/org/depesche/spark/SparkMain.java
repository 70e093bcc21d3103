package org.depesche.spark;

import picocli.CommandLine;

/** The class {@code spark-submit} starts: the {@code depesche spark} command on the cluster that launched it. */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkCommand()).execute(args));
  }
}

package org.depesche.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A run of the command line in this JVM: its exit code and what it printed to standard error. */
record CliRun(int exit, String err) {
  static CliRun of(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new CliRun(Main.run(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(old);
    }
  }
}

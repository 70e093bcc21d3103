package org.depesche.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store a command reads or writes. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH", description = "The event store (default: ./depesche.duckdb).")
  Path db = Path.of("depesche.duckdb");
}

package org.depesche.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store a command reads or writes. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH", description = "The event store (default: ./depesche.duckdb).")
  Path db = Path.of("depesche.duckdb");

  /** The store's path, for commands that read a store: one ingest must have made it. */
  Path existing() {
    if (!java.nio.file.Files.exists(db)) {
      throw new IllegalArgumentException("no store at " + db + " (depesche ingest creates one)");
    }
    return db;
  }
}

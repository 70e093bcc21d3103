package org.depesche.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.depesche.store.EventFilter;
import org.depesche.store.EventStore;
import org.depesche.store.Export;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Writes the store, or what matches the filters, for other tools: CSV, JSON Lines, Parquet, GDELT 2.0's event and
 * Mentions tables, or POLECAT's PLOVER table. docs/codebook.md explains every column.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes every stored event (mentions) as csv, jsonl or parquet (every field of the event record "
        + "and its real-world event), every real-world event as GDELT 2.0 event table rows (gdelt) and their "
        + "mentions as GDELT Mentions table rows (gdelt-mentions), or every event with a PLOVER type as POLECAT "
        + "rows (plover); with filters, only what matches them (for gdelt, the real-world events with a matching "
        + "mention). docs/codebook.md explains every column.")
final class ExportCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Mixin
  FilterOptions filters;

  @Option(names = "--format", required = true, paramLabel = "csv|jsonl|parquet|gdelt|gdelt-mentions|plover", description = "What to write.")
  String format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "The file to write; - writes to standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    Export.Format as = Export.Format.named(format).orElseThrow(() ->
        new UsageException("unknown --format '" + format + "' (" + Export.Format.labels() + ")"));
    EventFilter filter = filters.filter();
    store.existing();
    boolean toStdout = output.toString().equals("-");
    // DuckDB writes CSV and Parquet to a file itself: standard output gets a temporary file's bytes
    java.nio.file.Path file = toStdout ? java.nio.file.Files.createTempFile("depesche-export", "." + as.label()) : output;
    int rows;
    try {
      try (EventStore db = EventStore.openReadOnly(store.db)) {
        rows = Export.write(db, as, file, filter);
      }
      if (toStdout) {
        java.nio.file.Files.copy(file, System.out);
        System.out.flush();
      }
    } finally {
      if (toStdout) {
        java.nio.file.Files.deleteIfExists(file);
      }
    }
    System.err.printf("depesche: %d rows written to %s%n", rows, toStdout ? "standard output" : output);
    return 0;
  }
}

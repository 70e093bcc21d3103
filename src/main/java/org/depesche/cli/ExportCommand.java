package org.depesche.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.store.EventQuery;
import org.depesche.store.EventStore;
import org.depesche.store.GdeltExport;
import org.depesche.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the whole store for other tools: CSV, JSON Lines, Parquet, or GDELT 2.0's event table. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes every stored event (mentions) as csv, jsonl or parquet, or every real-world event as GDELT "
        + "2.0 event table rows (gdelt).")
final class ExportCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = "--format", required = true, paramLabel = "csv|jsonl|parquet|gdelt", description = "What to write.")
  String format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (!List.of("csv", "jsonl", "parquet", "gdelt").contains(format)) {
      throw new IllegalArgumentException("unknown --format '" + format + "' (csv, jsonl, parquet or gdelt)");
    }
    store.existing();
    int rows;
    try (EventStore db = EventStore.open(store.db)) {
      StoreReader reader = new StoreReader(db);
      switch (format) {
        case "gdelt" -> rows = GdeltExport.write(db, output);
        case "parquet" -> rows = reader.copyEvents(output, "PARQUET");
        case "csv" -> rows = reader.copyEvents(output, "CSV");
        default -> {
          List<String> records = reader.records(EventQuery.all(), true);
          try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            records.forEach(out::println);
          }
          rows = records.size();
        }
      }
    }
    System.err.printf("depesche: %d rows written to %s%n", rows, output);
    return 0;
  }
}

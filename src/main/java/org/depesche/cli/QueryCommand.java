package org.depesche.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.store.ClusterRow;
import org.depesche.store.EventFilter;
import org.depesche.store.EventStore;
import org.depesche.store.MentionRow;
import org.depesche.store.Page;
import org.depesche.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Asks the store: events by actor, dyad, type, date, modality and words, one row per real-world event. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Lists stored events matching the filters: each real-world event once (with its mentions and "
        + "articles), or every mention with --mentions.")
final class QueryCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Mixin
  FilterOptions filters;

  @Option(names = "--mentions", description = "Every mention rather than each event once.")
  boolean mentions;

  @Option(names = "--format", paramLabel = "table|jsonl|csv", description = "Output (default: table).")
  String format = "table";

  @Option(names = "--limit", description = "At most this many rows (default: 50 for a table, all otherwise).")
  Integer limit;

  @Override
  public Integer call() throws Exception {
    if (!List.of("table", "jsonl", "csv").contains(format)) {
      throw new UsageException("unknown --format '" + format + "' (table, jsonl or csv)");
    }
    EventFilter filter = filters.filter();
    store.existing();
    int rows = limit != null ? limit : format.equals("table") ? 50 : 0;
    Page page = rows > 0 ? Page.first(rows) : Page.all();
    try (EventStore db = EventStore.openReadOnly(store.db);
         PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      StoreReader reader = new StoreReader(db);
      if (format.equals("jsonl")) {
        reader.records(filter, mentions, page).forEach(out::println);
      } else if (mentions) {
        write(MentionRow.class, reader.mentions(filter, page), out);
      } else {
        write(ClusterRow.class, reader.clusters(filter, page), out);
      }
    }
    return 0;
  }

  private <R extends Record> void write(Class<R> type, List<R> rows, PrintWriter out) throws java.io.IOException {
    if (format.equals("csv")) {
      TableWriter.csv(type, rows, out);
    } else {
      TableWriter.aligned(type, rows, out);
    }
  }
}

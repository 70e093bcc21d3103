package org.depesche.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.depesche.store.EventQuery;
import org.depesche.store.EventStore;
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

  @Option(names = "--actor", paramLabel = "KEY|NAME", description = "An actor key (UKR) or part of a name, either side.")
  String actor;

  @Option(names = "--dyad", split = ",", paramLabel = "A,B", description = "Two actor keys, in either direction.")
  List<String> dyad = List.of();

  @Option(names = "--cameo", paramLabel = "CODE", description = "A CAMEO code or root (04, 041).")
  String cameo;

  @Option(names = "--plover", paramLabel = "TYPE", description = "A PLOVER type (CONSULT, ACCUSE, ...).")
  String plover;

  @Option(names = "--quad", paramLabel = "1-4", description = "A quad class.")
  Integer quad;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
  LocalDate to;

  @Option(names = "--by", paramLabel = "event|published",
      description = "Which date --from and --to mean (default: event, the day it happened).")
  String by = "event";

  @Option(names = "--modality", paramLabel = "M", description = "asserted, intended, hypothetical or negated.")
  String modality;

  @Option(names = "--text", paramLabel = "WORDS", description = "Words the evidence sentence must hold.")
  String text;

  @Option(names = "--mentions", description = "Every mention rather than each event once.")
  boolean mentions;

  @Option(names = "--format", paramLabel = "table|jsonl|csv", description = "Output (default: table).")
  String format = "table";

  @Option(names = "--limit", description = "At most this many rows (default: 50 for a table, all otherwise).")
  Integer limit;

  @Override
  public Integer call() throws Exception {
    if (!List.of("table", "jsonl", "csv").contains(format)) {
      throw new IllegalArgumentException("unknown --format '" + format + "' (table, jsonl or csv)");
    }
    if (!by.equals("event") && !by.equals("published")) {
      throw new IllegalArgumentException("unknown --by '" + by + "' (event or published)");
    }
    store.existing();
    EventQuery q = new EventQuery(actor, dyad, cameo, plover, quad, from, to, by.equals("published"), modality, text);
    int rows = limit != null ? limit : format.equals("table") ? 50 : 0;
    try (EventStore db = EventStore.open(store.db);
         PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      StoreReader reader = new StoreReader(db);
      switch (format) {
        case "jsonl" -> reader.records(q, mentions).stream().limit(rows > 0 ? rows : Long.MAX_VALUE)
            .forEach(out::println);
        case "csv" -> TableWriter.csv(reader.events(q, mentions, rows), out);
        default -> TableWriter.aligned(reader.events(q, mentions, rows), out);
      }
    }
    return 0;
  }
}

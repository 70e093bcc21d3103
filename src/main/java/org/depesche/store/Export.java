package org.depesche.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes a whole store for other tools, in one of the {@link Format}s. */
public final class Export {
  /** What to write. */
  public enum Format {
    /** Every event (mention), its columns without the JSON record, with the article's URL and title. */
    CSV,
    /** Every event record (CONTRACT.md JSON), one a line. */
    JSONL,
    /** As CSV, in Parquet. */
    PARQUET,
    /** Every real-world event as a row of GDELT 2.0's event table. */
    GDELT;

    /** The format of this lower-case name ("csv"), or empty. */
    public static Optional<Format> named(String name) {
      return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name))
          .findFirst();
    }
  }

  private Export() {}

  /** Writes the store to {@code file}; returns the number of rows written. */
  public static int write(EventStore store, Format format, Path file) throws IOException {
    return switch (format) {
      case GDELT -> GdeltExport.write(store, file);
      case CSV, PARQUET -> copyEvents(store, file, format);
      case JSONL -> {
        List<String> records = new StoreReader(store).records(EventFilter.all(), true, Page.all());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
          records.forEach(out::println);
        }
        yield records.size();
      }
    };
  }

  /** DuckDB's COPY writes CSV and Parquet itself. */
  private static int copyEvents(EventStore store, Path file, Format format) {
    String target = file.toAbsolutePath().toString().replace("'", "''");
    return Jdbc.unchecked(() -> {
      try (java.sql.Statement s = store.connection().createStatement()) {
        s.execute("COPY (SELECT e.* EXCLUDE (record), a.url, a.title FROM events e JOIN articles a "
            + "ON a.id = e.article_id ORDER BY e.event_day, e.id) TO '" + target + "' (FORMAT " + format.name()
            + (format == Format.CSV ? ", HEADER" : "") + ")");
      }
      return (int) store.counts().events();
    });
  }
}

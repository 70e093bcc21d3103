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

  /** Writes the whole store to {@code file}; returns the number of rows written. */
  public static int write(EventStore store, Format format, Path file) throws IOException {
    return write(store, format, file, EventFilter.all());
  }

  /**
   * Writes what matches {@code filter} to {@code file}: the matching events (mentions), or for GDELT the real-world
   * events with a matching mention; returns the number of rows written.
   */
  public static int write(EventStore store, Format format, Path file, EventFilter filter) throws IOException {
    return switch (format) {
      case GDELT -> GdeltExport.write(store, file, filter);
      case CSV, PARQUET -> copyEvents(store, file, format, filter);
      case JSONL -> {
        List<String> records = new StoreReader(store).records(filter, true, Page.all());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
          records.forEach(out::println);
        }
        yield records.size();
      }
    };
  }

  /** DuckDB's COPY writes CSV and Parquet itself; the filter's values are bound as parameters. */
  private static int copyEvents(EventStore store, Path file, Format format, EventFilter filter) {
    String target = file.toAbsolutePath().toString().replace("'", "''");
    FilterSql w = FilterSql.of(filter);
    return Jdbc.unchecked(() -> {
      try (java.sql.PreparedStatement s = store.connection().prepareStatement("COPY (SELECT e.* EXCLUDE (record), "
          + "a.url, a.title FROM events e JOIN articles a ON a.id = e.article_id WHERE " + w.where()
          + " ORDER BY e.event_day, e.id) TO '" + target + "' (FORMAT " + format.name()
          + (format == Format.CSV ? ", HEADER" : "") + ")")) {
        for (int i = 0; i < w.parameters().size(); i++) {
          s.setObject(i + 1, w.parameters().get(i));
        }
        s.execute();
      }
      return Jdbc.list(store.connection(), "SELECT count(*) AS n FROM events e WHERE " + w.where(), w.parameters(),
          r -> r.getInt("n")).get(0);
    });
  }
}

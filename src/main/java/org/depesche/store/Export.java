package org.depesche.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a store, or what matches a filter, for other tools, in one of the {@link Format}s. {@code docs/codebook.md}
 * explains every column of every format; a test holds it to {@link #columns}.
 */
public final class Export {
  /** What to write. */
  public enum Format {
    /** Every event (mention): every field of the record and its cluster, flattened, with a header; codes quoted. */
    CSV("csv"),
    /** Every event record (CONTRACT.md JSON) with its cluster, one a line. */
    JSONL("jsonl"),
    /** As CSV, in Parquet, with dates as dates and numbers as numbers. */
    PARQUET("parquet"),
    /** Every real-world event as a row of GDELT 2.0's event table. */
    GDELT("gdelt"),
    /** Every mention of those real-world events as a row of GDELT 2.0's Mentions table. */
    GDELT_MENTIONS("gdelt-mentions"),
    /** Every event with a PLOVER type as a row of POLECAT's table. */
    PLOVER("plover");

    private final String label;

    Format(String label) {
      this.label = label;
    }

    /** The name the command line takes ({@code gdelt-mentions}). */
    public String label() {
      return label;
    }

    /** The format of this name ("csv", "gdelt-mentions"), or empty. */
    public static Optional<Format> named(String name) {
      return Arrays.stream(values()).filter(f -> f.label.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Every format's name, for messages: "csv, jsonl, ...". */
    public static String labels() {
      return Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", "));
    }
  }

  private Export() {}

  /**
   * The columns a format writes, in order: the header of CSV, Parquet and PLOVER, GDELT's column names for its
   * header-less tables; empty for JSON Lines, whose fields are the record's.
   */
  public static List<String> columns(Format format) {
    return switch (format) {
      case CSV, PARQUET -> NativeExport.names();
      case GDELT -> GdeltExport.COLUMNS;
      case GDELT_MENTIONS -> GdeltMentions.COLUMNS;
      case PLOVER -> PloverExport.COLUMNS;
      case JSONL -> List.of();
    };
  }

  /** Writes the whole store to {@code file}; returns the number of rows written. */
  public static int write(EventStore store, Format format, Path file) throws IOException {
    return write(store, format, file, EventFilter.all());
  }

  /**
   * Writes what matches {@code filter} to {@code file}: the matching events (mentions), or for GDELT the real-world
   * events with a matching mention (and for its Mentions table all their mentions); returns the number of rows.
   */
  public static int write(EventStore store, Format format, Path file, EventFilter filter) throws IOException {
    return switch (format) {
      case GDELT -> GdeltExport.write(store, file, filter);
      case GDELT_MENTIONS -> GdeltMentions.write(store, file, filter);
      case PLOVER -> PloverExport.write(store, file, filter);
      case CSV, PARQUET -> NativeExport.copy(store, file, format, filter);
      case JSONL -> NativeExport.jsonLines(store, file, filter);
    };
  }
}

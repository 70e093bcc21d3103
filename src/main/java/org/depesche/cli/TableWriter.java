package org.depesche.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints records from the store as aligned columns for people or as CSV for programs: a column per record
 * component, headed by its name in snake case ({@code firstSeen} as {@code first_seen}).
 */
final class TableWriter {
  private static final int WIDEST = 90;

  private TableWriter() {}

  static <R extends Record> void aligned(Class<R> type, List<R> rows, PrintWriter out) {
    int[] width = new int[type.getRecordComponents().length];
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns(type));
    for (R row : rows) {
      cells.add(values(row).stream().map(TableWriter::cell).toList());
    }
    for (List<String> row : cells) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.min(WIDEST, Math.max(width[i], row.get(i).length()));
      }
    }
    for (List<String> row : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String c = row.get(i);
        c = c.length() > WIDEST ? c.substring(0, WIDEST - 1) + "…" : c;
        line.append(i == row.size() - 1 ? c : String.format("%-" + width[i] + "s  ", c));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  static <R extends Record> void csv(Class<R> type, List<R> rows, PrintWriter out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns(type).forEach(schema::addColumn);
    try (SequenceWriter w = new CsvMapper().writer(schema.build()).writeValues(out)) {
      for (R row : rows) {
        w.write(values(row).stream().map(v -> v == null ? "" : v.toString()).toList());
      }
    }
  }

  private static List<String> columns(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(c -> c.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)).toList();
  }

  private static List<Object> values(Record row) {
    List<Object> out = new ArrayList<>();
    for (RecordComponent c : row.getClass().getRecordComponents()) {
      try {
        out.add(c.getAccessor().invoke(row));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + c.getName() + " of " + row, e);
      }
    }
    return out;
  }

  private static String cell(Object v) {
    return v == null ? "-" : v.toString().replace('\n', ' ');
  }
}

package org.depesche.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.depesche.store.StoreReader;

/** Prints a store table as aligned columns for people or as CSV for programs. */
final class TableWriter {
  private static final int WIDEST = 90;

  private TableWriter() {}

  static void aligned(StoreReader.Table t, PrintWriter out) {
    int[] width = new int[t.columns().size()];
    List<List<String>> cells = new ArrayList<>();
    cells.add(t.columns());
    for (List<Object> row : t.rows()) {
      cells.add(row.stream().map(TableWriter::cell).toList());
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

  static void csv(StoreReader.Table t, PrintWriter out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    t.columns().forEach(schema::addColumn);
    try (SequenceWriter w = new CsvMapper().writer(schema.build()).writeValues(out)) {
      for (List<Object> row : t.rows()) {
        w.write(row.stream().map(v -> v == null ? "" : v.toString()).toList());
      }
    }
  }

  private static String cell(Object v) {
    return v == null ? "-" : v.toString().replace('\n', ' ');
  }
}
